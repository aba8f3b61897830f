#include "SelectableText.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>

namespace sp {

namespace {

// Watches its label for the first paint, then makes it selectable in the event loop's next turn (not
// during the paint) and goes.
class SelectableAfterPaint : public QObject
{
public:
    explicit SelectableAfterPaint(QLabel* label)
        : QObject(label)
        , m_label(label)
    {
        label->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_label && event->type() == QEvent::Paint) {
            m_label->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QLabel* const m_label; // the parent: alive as long as this
};

} // namespace

void makeSelectableAfterFirstPaint(QLabel* label)
{
    if (label)
        new SelectableAfterPaint(label);
}

} // namespace sp
