#pragma once

#include <QObject>
#include <QPointer>

class QSettings;
class QWidget;

namespace sp {

// Remembers a window's size, position and maximized state in the profile's settings (under
// `key`), restored before it is first shown and saved whenever it is hidden or closed. Without a
// saved state the window opens at a size that suits the screen it is on.
class WindowGeometryState : public QObject
{
public:
    WindowGeometryState(QWidget* window, const QString& key);

    void setSettings(QSettings* settings); // restores at once; null: remember nothing
    void save() const;

    // The size a window opens at the first time: `preferred`, reduced to fit `available` (the
    // screen's free area) with a margin, and never below `minimum`.
    static QSize firstSize(const QSize& preferred, const QSize& available, const QSize& minimum);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* const m_window;
    const QString m_key;
    QPointer<QSettings> m_settings;
};

} // namespace sp
