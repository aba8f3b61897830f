#pragma once

#include "AccountantSetup.h"
#include "cache/PayoutsQuery.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSettings;

namespace sp {

// Under a payout's breakdown: the files its accountant imports (a DATEV Buchungsstapel, a journal
// CSV for Xero or QuickBooks) and their setup. Only a closed payout whose events add up to it is
// booked; after a file is written the bar says where, with "Open" and "Show in folder".
class AccountantFilesBar : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Datev, Journal };

    explicit AccountantFilesBar(QWidget* parent = nullptr);

    void setSettings(QSettings* settings);
    void setBreakdown(const PayoutBreakdown& breakdown);
    const AccountantSetup& setup() const { return m_setup; }
    void setSetup(const AccountantSetup& setup); // saved in the settings
    // Tests choose the file instead of a dialog: the suggested name in, the path out (empty: cancel).
    void setFileChooser(std::function<QString(const QString&)> chooser) { m_chooser = std::move(chooser); }

    // Writes the shown payout's file to `path`; false with the reason on the bar.
    bool exportTo(Format format, const QString& path);
    QString messageText() const;

signals:
    void setupChanged();

private:
    void exportFile(Format format);
    void editSetup();
    void updateButtons();
    void showMessage(const QString& text, const QString& file);

    QSettings* m_settings = nullptr;
    AccountantSetup m_setup;
    PayoutBreakdown m_breakdown;
    std::function<QString(const QString&)> m_chooser;
    QPushButton* m_datevButton;
    QPushButton* m_journalButton;
    QPushButton* m_setupButton;
    QLabel* m_message;
    QPushButton* m_openButton;
    QPushButton* m_showFolderButton;
    QString m_lastFile;
};

} // namespace sp
