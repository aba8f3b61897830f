#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace sp {

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

signals:
    void actionTriggered();

private:
    QLabel* m_label;
    QPushButton* m_button = nullptr;
};

} // namespace sp
