#pragma once

#include "CountingNetworkAccessManager.h"
#include "auth/SessionHost.h"
#include "WindowCoordinator.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/SecretStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace sp::test {

// The ui's real parts for one test: a fresh profile, a counting network manager, the given secret
// store, the session host and the window coordinator.
struct UiHarness
{
    explicit UiHarness(std::unique_ptr<SecretStore> secretStore)
        : secrets(std::move(secretStore))
    {
        QString error;
        profile = Profile::open(dir.path(), &error);
        Q_ASSERT_X(profile, "UiHarness", qPrintable(error));
        host = std::make_unique<SessionHost>(&nam, secrets.get(), &*profile, &clock);
    }

    // Created on demand, after the test chose the server.
    WindowCoordinator* windows()
    {
        if (!coordinator)
            coordinator = std::make_unique<WindowCoordinator>(host.get());
        return coordinator.get();
    }

    QTemporaryDir dir;
    std::optional<Profile> profile;
    CountingNetworkAccessManager nam;
    Clock clock;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<SessionHost> host;
    std::unique_ptr<WindowCoordinator> coordinator;
};

} // namespace sp::test
