#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace sp {

// Holds back a page's reads until the page is shown: a page nobody looks at reads nothing. At
// start the dashboard is on screen, and a count of a million orders or a report for a hidden page
// would only queue on the cache's reader ahead of its figures.
class ReadWhenShown : public QObject
{
public:
    // `read` runs when request() finds `page` visible, or at the page's next show.
    ReadWhenShown(QWidget* page, std::function<void()> read);

    void request();
    void cancel() { m_pending = false; }
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* const m_page;
    const std::function<void()> m_read;
    bool m_pending = false;
};

} // namespace sp
