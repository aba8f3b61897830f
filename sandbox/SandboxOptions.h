#pragma once

#include "BundleShape.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sp {

// The sandbox's command line. Parsing is pure: it never prints or exits, so the caller decides how to report.
struct SandboxOptions
{
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };

    QString dataDir;
    quint16 port = 0;
    bool plainHttp = false;
    int accessTtlSeconds = 900;
    int refreshTtlSeconds = 30 * 24 * 3600;
    int bcryptCost = 12;
    int rateLimit = 10;
    int rateWindowSeconds = 60;
    int demoOrders = 3000; // orders per account over the last 18 months
    int seed = 1;          // the business data generator's seed
    QString fromBundle;    // --from-bundle FILE: generate data shaped like this support bundle's account
    bool demoOrdersGiven = false;
    std::optional<BundleShape> shape; // read from fromBundle by main() (parsing stays pure)

    // Fills `options` from `arguments` (argv including the program name). On Error, `message` is one line;
    // on ShowHelp/ShowVersion it is the text to print.
    static Outcome parse(const QStringList& arguments, SandboxOptions* options, QString* message);
};

} // namespace sp
