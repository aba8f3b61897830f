#include "cache/OrderSearchSql.h"

#include "cache/CacheSchema.h"

#include <QSet>

namespace sp {

namespace {

// Every trigram of `term` (by code point, as FTS5's trigram tokenizer cuts), each a quoted FTS5
// string, joined by AND: the orders whose id holds all of them, a superset of the ids holding the
// term (detail=none keeps no positions), which LIKE then narrows down.
QString trigramQuery(const QString& term)
{
    const QList<uint> points = term.toUcs4();
    QStringList trigrams;
    QSet<QString> seen;
    for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
        QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData() + i), 3);
        if (seen.contains(trigram))
            continue;
        seen.insert(trigram);
        trigrams << QLatin1Char('"') + trigram.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    }
    return trigrams.join(QLatin1String(" AND "));
}

static_assert(CacheSchema::kItemRowShift == 16, "the item ranges below shift by 16 bits");
// The texts (SKU, ASIN, title) that hold the pattern: a scan of the distinct texts, a few hundred
// to a few tens of thousands of rows, with LIKE's exact semantics.
const char* const kTextsMatching = "SELECT text_id FROM item_texts WHERE sku LIKE ? ESCAPE '\\' "
                                   "OR asin LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\'";

} // namespace

OrderSearchSql::OrderSearchSql(const QString& term)
    : m_term(term)
    , m_pattern(TableQuerySql::likePattern(term))
    , m_idTrigrams(trigramQuery(term))
{}

QByteArray OrderSearchSql::idMatchesSql() const
{
    if (m_idTrigrams.isEmpty())
        return QByteArrayLiteral("SELECT row_id AS r FROM orders WHERE id = ?");
    return QByteArrayLiteral("SELECT f.rowid AS r FROM order_id_search f JOIN orders x ON x.row_id = f.rowid "
                             "WHERE f.order_id_search MATCH ? AND x.id LIKE ? ESCAPE '\\'");
}

QList<QVariant> OrderSearchSql::idMatchesValues() const
{
    if (m_idTrigrams.isEmpty())
        return {m_term};
    return {m_idTrigrams, m_pattern};
}

QByteArray OrderSearchSql::matchesSql() const
{
    return idMatchesSql() + " UNION ALL SELECT p.item_row >> 16 FROM item_text_items p WHERE p.text_id IN ("
           + kTextsMatching + ')';
}

QList<QVariant> OrderSearchSql::matchesValues() const
{
    return idMatchesValues() + QList<QVariant>{m_pattern, m_pattern, m_pattern};
}

void OrderSearchSql::addTo(TableQuerySql::Where& where, Plan plan) const
{
    if (plan == Plan::Sparse) {
        where.add(QByteArray("o.row_id IN (" + matchesSql() + ')').constData(), matchesValues());
        return;
    }
    // Per order: its id among the (few) id matches, or one of its items' rows under a matching text
    // (the order's items are the row range behind it, CacheSchema v3).
    where.add(QByteArray("(o.row_id IN (" + idMatchesSql()
                         + ") OR EXISTS (SELECT 1 FROM item_text_items p WHERE p.text_id IN (" + kTextsMatching
                         + ") AND p.item_row BETWEEN (o.row_id << 16) AND (o.row_id << 16) + 65535))")
                  .constData(),
              idMatchesValues() + QList<QVariant>{m_pattern, m_pattern, m_pattern});
}

qint64 OrderSearchSql::countMatches(CipherDatabase& db, qint64 cap, QString* error) const
{
    const QByteArray sql =
        cap > 0 ? QByteArray("SELECT count(*) FROM (SELECT DISTINCT r FROM (" + matchesSql() + ") LIMIT ?)")
                : QByteArray("SELECT count(DISTINCT r) FROM (" + matchesSql() + ')');
    CipherDatabase::Statement s = db.prepare(sql.constData());
    if (!s.isValid()) {
        *error = db.lastError();
        return 0;
    }
    int index = 1;
    for (const QVariant& value : matchesValues())
        s.bind(index++, value.toString());
    if (cap > 0)
        s.bind(index, cap);
    if (s.step() != CipherDatabase::Statement::Step::Row) {
        *error = db.lastError();
        return 0;
    }
    error->clear();
    return s.int64(0);
}

void OrderSearchSql::addBruteForce(TableQuerySql::Where& where, const QString& term)
{
    const QString pattern = TableQuerySql::likePattern(term);
    // LIKE is case-insensitive for ASCII; % and _ in the user's text match themselves.
    where.add("(o.id LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id"
              " AND (i.sku LIKE ? ESCAPE '\\' OR i.asin LIKE ? ESCAPE '\\' OR i.title LIKE ? ESCAPE '\\')))",
              {pattern, pattern, pattern, pattern});
}

} // namespace sp
