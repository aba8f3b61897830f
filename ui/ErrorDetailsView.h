#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace sp {

// The "Details" part under an error message: closed by default, it opens to the lines support asks
// for (request id, HTTP status, problem type), selectable and with "Copy". The message above it says
// what happened and what to do; the request id appears here only, once. Hidden while it has nothing.
class ErrorDetailsView : public QWidget
{
    Q_OBJECT
public:
    // Child object names: <objectName>Toggle, <objectName>Text, <objectName>Copy.
    explicit ErrorDetailsView(const QString& objectName, QWidget* parent = nullptr);

    // Empty hides the whole part; new details close it again.
    void setDetails(const QString& details);
    QString details() const;
    bool isOpen() const;
    void setOpen(bool open);

private:
    QToolButton* m_toggle;
    QLabel* m_text;
    QPushButton* m_copy;
};

} // namespace sp
