#include "log/PathTemplate.h"

#include <QRegularExpression>
#include <QSet>

namespace sp {

namespace {

bool isParameter(const QString& segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

// The route words of the contract ("v1", "unit-costs", "exports"): the only segments an unknown
// path may keep.
const QSet<QString>& routeWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const QString& path : PathTemplate::contractPaths()) {
            for (const QString& segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
                if (!isParameter(segment))
                    set.insert(segment);
            }
        }
        return set;
    }();
    return words;
}

// The contract path whose route words all stand where `segments` has them; among several, the one
// with the most route words (a literal beats a parameter).
QString matchingTemplate(const QStringList& segments)
{
    QString best;
    int bestWords = -1;
    for (const QString& path : PathTemplate::contractPaths()) {
        const QStringList pattern = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (pattern.size() != segments.size())
            continue;
        int words = 0;
        bool matches = true;
        for (int i = 0; i < pattern.size() && matches; ++i) {
            if (isParameter(pattern.at(i)))
                matches = !segments.at(i).isEmpty();
            else if (pattern.at(i) == segments.at(i))
                ++words;
            else
                matches = false;
        }
        if (matches && words > bestWords) {
            best = path;
            bestWords = words;
        }
    }
    return best;
}

} // namespace

const QStringList& PathTemplate::contractPaths()
{
    static const QStringList paths{
        QStringLiteral("/v1/health"),
        QStringLiteral("/v1/auth/login"),
        QStringLiteral("/v1/auth/refresh"),
        QStringLiteral("/v1/auth/logout"),
        QStringLiteral("/v1/auth/logout-all"),
        QStringLiteral("/v1/account"),
        QStringLiteral("/v1/account/password"),
        QStringLiteral("/v1/sessions"),
        QStringLiteral("/v1/sessions/{session_id}"),
        QStringLiteral("/v1/marketplaces"),
        QStringLiteral("/v1/orders"),
        QStringLiteral("/v1/products"),
        QStringLiteral("/v1/inventory"),
        QStringLiteral("/v1/financial-events"),
        QStringLiteral("/v1/settlements"),
        QStringLiteral("/v1/exchange-rates"),
        QStringLiteral("/v1/metrics/summary"),
        QStringLiteral("/v1/unit-costs"),
        QStringLiteral("/v1/unit-costs/{sku}"),
        QStringLiteral("/v1/expenses"),
        QStringLiteral("/v1/expenses/{expense_id}"),
        QStringLiteral("/v1/restock-settings"),
        QStringLiteral("/v1/restock-settings/{sku}"),
        QStringLiteral("/v1/restock-default"),
        QStringLiteral("/v1/amazon/connection"),
        QStringLiteral("/v1/amazon/authorizations"),
        QStringLiteral("/v1/amazon/authorizations/{authorization_id}"),
        QStringLiteral("/v1/amazon/authorizations/{authorization_id}/confirm"),
        QStringLiteral("/v1/amazon/callback"),
        QStringLiteral("/sandbox/sellercentral/apps/authorize/consent"),
        QStringLiteral("/sandbox/sellercentral/apps/authorize/confirm"),
        QStringLiteral("/v1/permissions"),
        QStringLiteral("/v1/permissions/{feature_id}"),
        QStringLiteral("/v1/listings/{sku}/price"),
        QStringLiteral("/v1/security-contact"),
        QStringLiteral("/v1/account/exports"),
        QStringLiteral("/v1/account/exports/{export_id}"),
        QStringLiteral("/v1/account/exports/{export_id}/download"),
        QStringLiteral("/v1/account/deletion"),
        QStringLiteral("/admin/v1/accounts"),
        QStringLiteral("/admin/v1/faults"),
        QStringLiteral("/admin/v1/clock/advance"),
        QStringLiteral("/admin/v1/accounts/{account_id}/amazon-revoke"),
        QStringLiteral("/admin/v1/accounts/{account_id}/amazon-token"),
        QStringLiteral("/admin/v1/accounts/{account_id}/amazon-authorizations"),
    };
    return paths;
}

QString PathTemplate::of(const QString& path)
{
    QString bare = path;
    const qsizetype cut = bare.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        bare.truncate(cut);
    const QStringList segments = bare.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString known = matchingTemplate(segments);
    if (!known.isEmpty())
        return known;
    QStringList kept;
    for (const QString& segment : segments)
        kept.append(routeWords().contains(segment) ? segment : QStringLiteral("{id}"));
    return QLatin1Char('/') + kept.join(QLatin1Char('/'));
}

} // namespace sp
