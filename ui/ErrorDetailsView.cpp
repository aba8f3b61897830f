#include "ErrorDetailsView.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sp {

ErrorDetailsView::ErrorDetailsView(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_text(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    setObjectName(objectName);
    m_toggle->setObjectName(objectName + QStringLiteral("Toggle"));
    m_toggle->setText(tr("Details"));
    m_toggle->setAccessibleName(tr("Details for support"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);

    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setAccessibleName(tr("Details for support"));
    m_text->setTextFormat(Qt::PlainText); // the server's words never become markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setWordWrap(true);
    m_copy->setObjectName(objectName + QStringLiteral("Copy"));
    m_copy->setAccessibleName(tr("Copy the details"));
    m_copy->setToolTip(tr("Copy these lines, e.g. for a message to support."));
    m_copy->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_text, 1);
    body->addWidget(m_copy, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addLayout(body);

    connect(m_toggle, &QToolButton::toggled, this, &ErrorDetailsView::setOpen);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_text->text()); });
    setOpen(false);
    hide();
}

void ErrorDetailsView::setDetails(const QString& details)
{
    m_text->setText(details);
    setOpen(false);
    setVisible(!details.isEmpty());
}

QString ErrorDetailsView::details() const { return m_text->text(); }

bool ErrorDetailsView::isOpen() const { return m_toggle->isChecked(); }

void ErrorDetailsView::setOpen(bool open)
{
    if (m_toggle->isChecked() != open)
        m_toggle->setChecked(open); // comes back here through toggled()
    m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_text->setVisible(open);
    m_copy->setVisible(open);
}

} // namespace sp
