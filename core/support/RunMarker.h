#pragma once

#include <QString>

namespace sp {

// Tells whether the previous run ended unexpectedly (crash, SIGKILL, power loss): a marker file in
// the profile (0600) is written when a run starts and removed when it ends cleanly, so a marker
// found at start-up was left by a run that never reached its clean end.
class RunMarker
{
public:
    explicit RunMarker(const QString& profileDir);

    // Reads whether a previous run left its marker, then writes this run's. Call once at start.
    // False with a translated reason when the marker cannot be written.
    bool start(QString* error);
    bool previousRunEndedUnexpectedly() const { return m_previousEndedUnexpectedly; }
    // At a clean exit.
    void finish();
    QString path() const { return m_path; }

    // For a process that is not the app's run (the command-line support bundle): whether the marker
    // in `profileDir` was left by a run that ended without its clean exit. A running app's marker is
    // not (its process is alive), and a new profile has none. Reads only.
    static bool leftByUnexpectedEnd(const QString& profileDir);

    // After an unexpected end the cache may hold damage that only a full read finds: start() notes
    // it in the profile (a file, so that a second crash before the check keeps it), the sync clears
    // it once the cache passed its integrity check.
    static bool cacheCheckPending(const QString& profileDir);
    static void setCacheCheckPending(const QString& profileDir, bool pending);

private:
    QString m_path;
    bool m_previousEndedUnexpectedly = false;
    bool m_started = false;
};

} // namespace sp
