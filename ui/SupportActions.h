#pragma once

#include "AboutDialog.h"
#include "BundleViewerDialog.h"
#include "SupportBundleDialog.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

namespace sp {

class SessionHost;

// The Help menu's work: create a support bundle (collected, shown, then saved where the user
// says), open one read-only, About, and the notice after a run that ended unexpectedly. Dialogs
// are window-modal and opened with open(), so nothing blocks the event loop.
class SupportActions : public QObject
{
    Q_OBJECT
public:
    explicit SupportActions(SessionHost* host, QObject* parent = nullptr);

    void setWindow(QWidget* window) { m_window = window; } // parent of the dialogs
    void setPreviousRunEndedUnexpectedly(bool ended) { m_previousEndedUnexpectedly = ended; }

    void createBundle();
    void openBundle();
    void openBundleFile(const QString& path);
    void showAbout();
    // "SellerPulse ended unexpectedly last time" with an offer to create a support bundle.
    void showCrashNotice();

    SupportBundleDialog* bundleDialog() const { return m_bundleDialog; }
    BundleViewerDialog* viewer() const { return m_viewer; }
    QMessageBox* messageBox() const { return m_messageBox; }
    AboutDialog* aboutDialog() const { return m_about; }

signals:
    void bundleDialogShown();

private:
    void confirmSaved(const QString& path);
    void showMessage(const QString& title, const QString& text, const QString& objectName);

    SessionHost* m_host;
    QPointer<QWidget> m_window;
    QPointer<SupportBundleDialog> m_bundleDialog;
    QPointer<BundleViewerDialog> m_viewer;
    QPointer<QMessageBox> m_messageBox;
    QPointer<AboutDialog> m_about;
    bool m_previousEndedUnexpectedly = false;
    bool m_collecting = false;
};

} // namespace sp
