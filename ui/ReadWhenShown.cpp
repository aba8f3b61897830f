#include "ReadWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace sp {

ReadWhenShown::ReadWhenShown(QWidget* page, std::function<void()> read)
    : QObject(page)
    , m_page(page)
    , m_read(std::move(read))
{
    page->installEventFilter(this);
}

void ReadWhenShown::request()
{
    m_pending = !m_page->isVisible();
    if (!m_pending)
        m_read();
}

bool ReadWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_read();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sp
