#include "BundleShape.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace sp {

namespace {

constexpr qint64 kMaxArchiveBytes = 64LL * 1024 * 1024;
constexpr qint64 kMaxEntryBytes = 4LL * 1024 * 1024;
constexpr int kMaxEntries = 64;

QString tr(const char* text) { return QCoreApplication::translate("sp::BundleShape", text); }

// One entry, read into memory with its size capped (declared and actual).
bool readEntry(QuaZip* zip, const QString& name, QByteArray* out, QString* error)
{
    if (!zip->setCurrentFile(name)) {
        *error = tr("the bundle has no %1").arg(name);
        return false;
    }
    QuaZipFileInfo64 info;
    if (!zip->getCurrentFileInfo(&info) || qint64(info.uncompressedSize) > kMaxEntryBytes) {
        *error = tr("%1 in the bundle is too large").arg(name);
        return false;
    }
    QuaZipFile file(zip);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 in the bundle cannot be read").arg(name);
        return false;
    }
    *out = file.read(kMaxEntryBytes + 1);
    file.close();
    if (out->size() > kMaxEntryBytes || file.getZipError() != 0) {
        *error = tr("%1 in the bundle is damaged or too large").arg(name);
        return false;
    }
    return true;
}

QJsonObject parseObject(const QByteArray& bytes) { return QJsonDocument::fromJson(bytes).object(); }

} // namespace

bool BundleShape::read(const QString& path, BundleShape* shape, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxArchiveBytes) {
        *error = tr("%1 is too large to be a support bundle").arg(path);
        return false;
    }
    QByteArray bytes = file.readAll();
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!bytes.startsWith("PK\x03\x04") || !zip.open(QuaZip::mdUnzip)) {
        *error = tr("%1 is not a support bundle (not a readable ZIP archive)").arg(path);
        return false;
    }
    if (zip.getEntriesCount() < 0 || zip.getEntriesCount() > kMaxEntries) {
        *error = tr("%1 has too many entries to be a support bundle").arg(path);
        return false;
    }
    QByteArray cacheBytes, connectionBytes;
    if (!readEntry(&zip, QStringLiteral("cache-summary.json"), &cacheBytes, error)
        || !readEntry(&zip, QStringLiteral("connection.json"), &connectionBytes, error))
        return false;
    const QJsonObject cache = parseObject(cacheBytes);
    const QJsonObject connection = parseObject(connectionBytes);
    const QJsonObject tables = cache.value(QStringLiteral("tables")).toObject();
    if (tables.isEmpty()) {
        *error = tr("the bundle has no summary of an offline cache to shape the sandbox after");
        return false;
    }

    BundleShape result;
    quint8 mask = 0;
    for (const QJsonValue& value : cache.value(QStringLiteral("marketplaces")).toArray()) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        for (int m = 0; m < kMarketplaceCount; ++m) {
            if (id == QLatin1String(kMarketplaces[m].id)) {
                mask |= static_cast<quint8>(1u << m);
                if (result.amazonRegion.isEmpty())
                    result.amazonRegion = QLatin1String(kMarketplaces[m].region);
                // A grant is regional: the connection lists the marketplaces of one region.
                if (result.amazonRegion == QLatin1String(kMarketplaces[m].region))
                    result.marketplaceIds.append(id);
            }
        }
    }
    if (mask == 0) {
        *error = tr("the bundle names no marketplace the sandbox knows");
        return false;
    }
    result.business.marketplaceMask = mask;
    const QJsonObject orders = tables.value(QStringLiteral("orders")).toObject();
    result.orderCount = int(qBound(qint64(0), orders.value(QStringLiteral("rows")).toInteger(), qint64(2000000)));
    const qint64 products =
        tables.value(QStringLiteral("products")).toObject().value(QStringLiteral("rows")).toInteger();
    result.business.productCount = int(qBound(qint64(1), products, qint64(60000)));
    const QJsonObject span =
        orders.value(QStringLiteral("date_spans")).toObject().value(QStringLiteral("purchase_date")).toObject();
    const QDateTime first = QDateTime::fromString(span.value(QStringLiteral("first")).toString(), Qt::ISODate);
    const QDateTime last = QDateTime::fromString(span.value(QStringLiteral("last")).toString(), Qt::ISODate);
    if (first.isValid() && last.isValid() && first <= last)
        result.business.historyDays = int(qBound(qint64(1), first.daysTo(last) + 1, qint64(3660)));
    result.amazonConnected = connection.value(QStringLiteral("amazon"))
                                 .toObject()
                                 .value(QStringLiteral("connected"))
                                 .toString()
                                 .startsWith(QLatin1String("yes"));
    *shape = result;
    return true;
}

} // namespace sp
