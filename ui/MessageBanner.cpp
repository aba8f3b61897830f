#include "MessageBanner.h"
#include "ErrorDetailsView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sp {

MessageBanner::MessageBanner(const QString& objectName, Kind kind, QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Information uses the palette's tooltip roles (fits light and dark themes); a warning is amber
    // with black text, readable on either.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, kind == Kind::Warning ? QColor(0xf8, 0xd7, 0xa0) : pal.color(QPalette::ToolTipBase));
    pal.setColor(QPalette::WindowText, kind == Kind::Warning ? QColor(Qt::black) : pal.color(QPalette::ToolTipText));
    setPalette(pal);

    m_label->setObjectName(objectName + QStringLiteral("Text"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_row = new QHBoxLayout;
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->addWidget(m_label, 1);
    layout->addLayout(m_row);
    hide();
}

void MessageBanner::setText(const QString& text)
{
    m_label->setText(text);
    setAccessibleName(text);
    m_label->setAccessibleName(text);
}

QString MessageBanner::text() const { return m_label->text(); }

void MessageBanner::setActionText(const QString& text)
{
    if (!m_button) {
        if (text.isEmpty())
            return;
        // Made on first use: a banner without an action has no nameless button for a screen reader.
        m_button = new QPushButton(this);
        m_button->setObjectName(objectName() + QStringLiteral("Button"));
        connect(m_button, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
        m_row->addWidget(m_button);
    }
    m_button->setText(text);
    m_button->setAccessibleName(text);
    m_button->setVisible(!text.isEmpty());
}

void MessageBanner::setDetails(const QString& details)
{
    if (!m_details) {
        if (details.isEmpty())
            return;
        m_details = new ErrorDetailsView(objectName() + QStringLiteral("Details"), this);
        layout()->addWidget(m_details);
    }
    m_details->setDetails(details);
}

QString MessageBanner::details() const { return m_details ? m_details->details() : QString(); }

} // namespace sp
