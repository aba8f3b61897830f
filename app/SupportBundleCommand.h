#pragma once

namespace sp {

struct CommandLineOptions;

// `sellerpulse --support-bundle FILE`: writes a support bundle for the profile (its remembered
// session, settings, logs and offline cache) without a window and without a network, then exits.
class SupportBundleCommand
{
public:
    // Runs its own QCoreApplication; returns the process's exit code (0: written).
    static int run(int argc, char** argv, const CommandLineOptions& options);
};

} // namespace sp
