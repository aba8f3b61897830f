#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace sp {

class ErrorDetailsView;

// A strip at the top of the main window with one message and, optionally, one action (e.g.
// "Offline: data as of ...", or an unreadable cache with "Reset the cache and download again").
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning };

    MessageBanner(const QString& objectName, Kind kind, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    // An empty text hides the button.
    void setActionText(const QString& text);
    // Lines for support (e.g. the request id) under a closed "Details" part (objectName + "Details");
    // empty hides it. The banner's text itself never repeats them.
    void setDetails(const QString& details);
    QString details() const;

signals:
    void actionTriggered();

private:
    QLabel* m_label;
    QPushButton* m_button = nullptr;
    QHBoxLayout* m_row;
    ErrorDetailsView* m_details = nullptr; // made on first use
};

} // namespace sp
