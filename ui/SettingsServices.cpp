#include "SettingsServices.h"

#include <QDesktopServices>
#include <QFileDialog>

namespace sp {

SettingsServices SettingsServices::system()
{
    SettingsServices services;
    services.openUrl = [](const QUrl& url) { return QDesktopServices::openUrl(url); };
    services.chooseSaveFile = [](QWidget* parent, const QString& caption, const QString& suggestedPath,
                                 const QString& filter) {
        return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
    };
    return services;
}

} // namespace sp
