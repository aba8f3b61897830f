#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace sp {

// What the settings pages need from the desktop, as seams: tests capture the URL instead of
// launching a browser, and answer the file dialog themselves.
struct SettingsServices
{
    // Opens a URL in the system browser (QDesktopServices::openUrl). False when none could start.
    std::function<bool(const QUrl& url)> openUrl;
    // Asks where to save (QFileDialog::getSaveFileName); empty when the user cancelled.
    std::function<QString(QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter)>
        chooseSaveFile;

    static SettingsServices system();
};

} // namespace sp
