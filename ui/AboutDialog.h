#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace sp {

// About SellerPulse: the app's and the libraries' versions as loaded at run time, the
// third-party notices of every component, and where to report a security issue.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString noticesText(); // the bundled THIRD-PARTY-NOTICES.txt
};

} // namespace sp
