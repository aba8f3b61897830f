#include "WindowGeometryState.h"

#include <QEvent>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace sp {

namespace {
constexpr int kScreenMargin = 48; // room for a panel or dock the available geometry misses
} // namespace

WindowGeometryState::WindowGeometryState(QWidget* window, const QString& key)
    : QObject(window)
    , m_window(window)
    , m_key(key)
{
    window->installEventFilter(this);
}

QSize WindowGeometryState::firstSize(const QSize& preferred, const QSize& available, const QSize& minimum)
{
    QSize size = preferred;
    if (available.isValid())
        size = size.boundedTo(available - QSize(kScreenMargin, kScreenMargin));
    return size.expandedTo(minimum);
}

void WindowGeometryState::setSettings(QSettings* settings)
{
    m_settings = settings;
    if (!settings)
        return;
    const QByteArray saved = settings->value(m_key).toByteArray();
    if (!saved.isEmpty() && m_window->restoreGeometry(saved))
        return;
    const QScreen* screen = m_window->screen();
    m_window->resize(firstSize(m_window->size(), screen ? screen->availableGeometry().size() : QSize(),
                               m_window->minimumSizeHint()));
}

void WindowGeometryState::save() const
{
    if (m_settings)
        m_settings->setValue(m_key, m_window->saveGeometry());
}

bool WindowGeometryState::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && (event->type() == QEvent::Hide || event->type() == QEvent::Close))
        save();
    return QObject::eventFilter(watched, event);
}

} // namespace sp
