#include "RestockSettingsFile.h"

#include "PrivateFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sp {

namespace {

QJsonObject rowJson(const RestockSetting& row)
{
    return QJsonObject{{QStringLiteral("sku"), row.isDefault() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.sku)},
                       {QStringLiteral("lead_time_days"), row.leadTimeDays},
                       {QStringLiteral("safety_days"), row.safetyDays},
                       {QStringLiteral("deleted"), row.deleted},
                       {QStringLiteral("seq"), static_cast<double>(row.seq)},
                       {QStringLiteral("updated_at"), static_cast<double>(row.updatedAt)}};
}

RestockSetting rowFrom(const QJsonObject& o)
{
    RestockSetting row;
    row.sku = o.value(QStringLiteral("sku")).toString();
    row.leadTimeDays = o.value(QStringLiteral("lead_time_days")).toInt();
    row.safetyDays = o.value(QStringLiteral("safety_days")).toInt();
    row.deleted = o.value(QStringLiteral("deleted")).toBool() && !row.isDefault();
    row.seq = static_cast<quint64>(o.value(QStringLiteral("seq")).toDouble());
    row.updatedAt = static_cast<qint64>(o.value(QStringLiteral("updated_at")).toDouble());
    return row;
}

} // namespace

RestockSettingsFile::RestockSettingsFile(QString path)
    : m_path(std::move(path))
{}

bool RestockSettingsFile::load(Accounts* accounts, QString* error) const
{
    accounts->clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(m_path);
        return false;
    }
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    const QJsonValue all = document.object().value(QStringLiteral("accounts"));
    if (parse.error != QJsonParseError::NoError || !all.isObject()) {
        *error = QStringLiteral("%1 is not a restock settings file; move it away to start without it").arg(m_path);
        return false;
    }
    const QJsonObject byAccount = all.toObject();
    for (auto it = byAccount.begin(); it != byAccount.end(); ++it) {
        std::vector<RestockSetting>& rows = (*accounts)[it.key()];
        for (const QJsonValue& value : it.value().toArray())
            rows.push_back(rowFrom(value.toObject()));
        std::sort(rows.begin(), rows.end(),
                  [](const RestockSetting& a, const RestockSetting& b) { return a.seq < b.seq; });
    }
    return true;
}

bool RestockSettingsFile::save(const Accounts& accounts, QString* error) const
{
    QJsonObject byAccount;
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        QJsonArray rows;
        for (const RestockSetting& row : it.value())
            rows.append(rowJson(row));
        byAccount.insert(it.key(), rows);
    }
    const QByteArray data = QJsonDocument(QJsonObject{{QStringLiteral("accounts"), byAccount}}).toJson();
    return PrivateFiles::writeAtomically(m_path, data, error);
}

} // namespace sp
