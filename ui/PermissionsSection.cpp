#include "PermissionsSection.h"

#include "Confirmation.h"
#include "auth/Session.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sp {

PermissionsSection::PermissionsSection(QWidget* parent)
    : QWidget(parent)
    , m_listWidget(new QWidget(this))
    , m_list(new QVBoxLayout(m_listWidget))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("permissionsSection"));
    auto* intro = new QLabel(tr("SellerPulse only reads your Amazon data unless you turn on a feature below. "
                                "Each one asks you to confirm what it allows; you can turn it off at any time."),
                             this);
    intro->setWordWrap(true);
    m_messageLabel->setObjectName(QStringLiteral("permissionsMessageLabel"));
    m_messageLabel->setAccessibleName(tr("Message"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    auto* layout = new QVBoxLayout(this);
    m_list->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_listWidget);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
}

void PermissionsSection::setSession(Session* session)
{
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
    m_session = session;
    // Another session (or none): the previous account's switches must not stay on screen.
    qDeleteAll(m_listWidget->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_boxes.clear();
    m_messageLabel->hide();
    if (session) {
        m_client = new PermissionsClient(session, this);
        connect(m_client, &PermissionsClient::featuresChanged, this, &PermissionsSection::rebuild);
        connect(m_client, &PermissionsClient::failed, this, [this](const QString& message) {
            m_messageLabel->setText(message);
            m_messageLabel->show();
        });
        connect(m_client, &PermissionsClient::featureChanged, this, [this](const WriteFeature& feature) {
            m_messageLabel->setText(feature.enabled ? tr("%1 is on.").arg(WriteFeature::title(feature.id))
                                                    : tr("%1 is off.").arg(WriteFeature::title(feature.id)));
            m_messageLabel->show();
        });
    }
    rebuild();
}

void PermissionsSection::refresh()
{
    if (m_client && m_session && m_session->state() == Session::State::SignedIn)
        m_client->refresh();
}

void PermissionsSection::rebuild()
{
    const QList<WriteFeature> features = m_client ? m_client->features() : QList<WriteFeature>{};
    for (const WriteFeature& feature : features) {
        QCheckBox* box = m_boxes.value(feature.id);
        if (!box) {
            box = new QCheckBox(WriteFeature::title(feature.id), m_listWidget);
            box->setObjectName(QStringLiteral("permission_") + feature.id);
            box->setAccessibleName(WriteFeature::title(feature.id));
            auto* what = new QLabel(WriteFeature::whatItAllows(feature.id), m_listWidget);
            what->setWordWrap(true);
            what->setContentsMargins(24, 0, 0, 6);
            m_list->addWidget(box);
            m_list->addWidget(what);
            m_boxes.insert(feature.id, box);
            const QString id = feature.id;
            connect(box, &QCheckBox::clicked, this, [this, id](bool on) { onToggled(id, on); });
        }
        const QSignalBlocker blocker(box);
        box->setChecked(feature.enabled);
        box->setEnabled(true);
        box->setToolTip(
            feature.enabled && feature.enabledAt.isValid()
                ? tr("On since %1").arg(QLocale().toString(feature.enabledAt.toLocalTime(), QLocale::ShortFormat))
                : QString());
    }
}

void PermissionsSection::onToggled(const QString& id, bool on)
{
    QCheckBox* box = m_boxes.value(id);
    if (!box || !m_client)
        return;
    // The box shows the server's state until the server says otherwise.
    {
        const QSignalBlocker blocker(box);
        box->setChecked(!on);
    }
    if (on) {
        confirmEnable(id);
        return;
    }
    box->setEnabled(false);
    m_client->setEnabled(id, false);
}

void PermissionsSection::confirmEnable(const QString& id)
{
    ConfirmationStyle style;
    style.boxName = QStringLiteral("permissionConfirmation");
    style.confirmName = QStringLiteral("permissionConfirmButton");
    confirmDestructive(
        this, tr("Turn on %1").arg(WriteFeature::title(id)),
        tr("%1\n\nThis changes data on your Amazon account. Turn it on?").arg(WriteFeature::whatItAllows(id)),
        tr("Turn on"), style, [this, id] {
            if (!m_client)
                return;
            if (QCheckBox* box = m_boxes.value(id))
                box->setEnabled(false);
            m_client->setEnabled(id, true);
        });
}

} // namespace sp
