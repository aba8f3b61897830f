#include "cache/PageJumps.h"

#include "cache/CipherDatabase.h"
#include "cache/TableQuerySql.h"

namespace sp {

using namespace TableQuerySql;

namespace {
constexpr int kMaxIndexes = 8;      // orders looked at last (tables x filters x sorts); each a few KB
constexpr int kSqliteInterrupt = 9; // SQLITE_INTERRUPT (the cache's headers keep sqlite3.h to CipherDatabase)
} // namespace

void PageJumps::setStride(int rows)
{
    m_stride = qMax(1, rows);
    m_indexes.clear();
}

QByteArray PageJumps::keyOf(const Where& where, const Sort& sort)
{
    return where.signature() + '\0' + sort.orderBy() + (sort.keyFixed ? "\0fixed" : "");
}

PageJumps::Index* PageJumps::current(CipherDatabase& db, const QByteArray& key)
{
    const auto it = m_indexes.find(key);
    if (it == m_indexes.end())
        return nullptr;
    // Another connection's commit (a sync) changes data_version: rows may have moved.
    if (db.scalar("PRAGMA data_version") != it->dataVersion) {
        m_indexes.erase(it);
        return nullptr;
    }
    it->lastUse = ++m_tick;
    return &*it;
}

void PageJumps::forgetOldest()
{
    auto oldest = m_indexes.begin();
    for (auto it = m_indexes.begin(); it != m_indexes.end(); ++it) {
        if (it->lastUse < oldest->lastUse)
            oldest = it;
    }
    if (oldest != m_indexes.end())
        m_indexes.erase(oldest);
}

bool PageJumps::prepare(CipherDatabase& db, const char* from, const Where& where, const Sort& sort, QString* error)
{
    error->clear();
    const QByteArray key = keyOf(where, sort);
    Index* index = current(db, key);
    if (!index) {
        if (m_indexes.size() >= kMaxIndexes)
            forgetOldest();
        index = &m_indexes[key];
        index->dataVersion = db.scalar("PRAGMA data_version");
        index->lastUse = ++m_tick;
    }
    if (index->complete)
        return true;

    // A walk resumes after the last anchor (the rows past it are walked again: fewer than a stride).
    index->walked = qint64(index->anchors.size()) * m_stride;
    const bool keyed = !sort.key.isEmpty();
    Where rest = where;
    if (!index->anchors.isEmpty())
        sort.continueAfter(rest, index->anchors.constLast().key, index->anchors.constLast().unique);
    const QByteArray sql = QByteArrayLiteral("SELECT ") + (keyed ? sort.key + ", " : QByteArray()) + sort.unique
                           + " FROM " + from + rest.sql() + sort.orderBy();
    CipherDatabase::Statement s = db.prepare(sql.constData());
    if (!s.isValid()) {
        *error = db.lastError();
        return false;
    }
    rest.bind(s);
    const int uniqueColumn = keyed ? 1 : 0;
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row) {
        if (++index->walked % m_stride == 0)
            index->anchors.append({keyed ? s.value(0) : QVariant(), s.value(uniqueColumn)});
    }
    if (step == CipherDatabase::Statement::Step::Done) {
        index->complete = true;
        return true;
    }
    // Interrupted by a newer read (not a failure: resumed next time), or failed.
    if ((db.lastErrorCode() & 0xff) != kSqliteInterrupt)
        *error = db.lastError();
    return false;
}

std::optional<PageJumps::Jump> PageJumps::find(CipherDatabase& db, const Where& where, const Sort& sort, int offset)
{
    if (offset < m_stride)
        return std::nullopt;
    Index* index = current(db, keyOf(where, sort));
    if (!index || !index->complete)
        return std::nullopt;
    const int i = qMin(offset / m_stride, int(index->anchors.size())) - 1;
    if (i < 0)
        return std::nullopt;
    const Anchor& anchor = index->anchors.at(i);
    return Jump{anchor.key, anchor.unique, offset - (i + 1) * m_stride};
}

std::optional<int> PageJumps::total(CipherDatabase& db, const Where& where, const Sort& sort)
{
    Index* index = current(db, keyOf(where, sort));
    if (!index || !index->complete)
        return std::nullopt;
    return int(index->walked);
}

} // namespace sp
