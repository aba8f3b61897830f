#pragma once

#include "secrets/SecretStore.h"

#include <functional>
#include <memory>

namespace sp {

// A SecretStore that talks to another store on the keychain's thread and answers on the caller's thread.
// Why: QtKeychain's Secret Service backend (libsecret) takes several D-Bus round trips per read, each
// dispatched by the event loop of the thread that started the job. On the UI thread, a read asked for
// before the main window is built waited for the window (30-50 ms at start); here it goes on meanwhile.
// The calls run in the order they were made (a write then a read of one key keep their order).
// Callbacks run on this object's thread (contexts live there too), only while `context` lives; none
// after this object is gone.
class ThreadedSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // `makeStore` runs on the keychain's thread and returns the store that lives there (`parent` is its
    // parent there). `maxValueBytes` is that store's limit, kept here so that it is asked without a hop.
    using StoreFactory = std::function<SecretStore*(QObject* parent)>;
    ThreadedSecretStore(StoreFactory makeStore, int maxValueBytes, QObject* parent = nullptr);
    ~ThreadedSecretStore() override;

    void read(const QString& key, QObject* context, Callback cb) override;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback cb) override;
    void remove(const QString& key, QObject* context, Callback cb) override;
    int maxValueBytes() const override { return m_maxValueBytes; }

private:
    class Home;
    struct Relay;
    using Call = std::function<void(SecretStore* store, QObject* home, Callback answer)>;
    void run(Call call, QObject* context, Callback cb);

    Home* m_home = nullptr; // lives on the keychain's thread with the store; deleted there
    std::shared_ptr<Relay> m_relay;
    const int m_maxValueBytes;
};

} // namespace sp
