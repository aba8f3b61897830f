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

private:
    QString m_path;
    bool m_previousEndedUnexpectedly = false;
    bool m_started = false;
};

} // namespace sp
