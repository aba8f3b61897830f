#include "ExpenseBook.h"

#include "CivilTime.h"
#include "PrivateFiles.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <unistd.h>

namespace sp {

namespace {

const QDate kEpoch(1970, 1, 1);

qint64 number(const QJsonObject& o, const char* key)
{
    return static_cast<qint64>(o.value(QLatin1String(key)).toDouble());
}

QString text(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }

} // namespace

ExpenseBook::ExpenseBook(QString path)
    : m_path(std::move(path))
{}

bool ExpenseBook::load(QString* error)
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(m_path);
        return false;
    }
    const QByteArray data = file.readAll();
    file.close();
    // One change per line, in change order; a later line of an id replaces the earlier one. A line that is not
    // a whole JSON object (a write cut short by a crash) is dropped.
    bool compact = !data.isEmpty() && !data.endsWith('\n');
    qsizetype lines = 0;
    for (const QByteArray& line : data.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        const QString accountId = document.object().value(QStringLiteral("account")).toString();
        if (!document.isObject() || accountId.isEmpty()) {
            compact = true;
            continue;
        }
        ++lines;
        apply(&m_stored[accountId], fromJson(document.object()));
    }
    qsizetype kept = 0;
    for (const std::vector<Expense>& list : std::as_const(m_stored))
        kept += static_cast<qsizetype>(list.size());
    // Superseded versions are dropped once per start, so the journal never grows beyond one line per change
    // since the last start.
    if (compact || kept < lines)
        return rewrite(error);
    return true;
}

ExpenseBook::Expense ExpenseBook::fromJson(const QJsonObject& o)
{
    Expense expense;
    expense.id = text(o, "id");
    expense.description = text(o, "description");
    expense.category = text(o, "category");
    expense.recurrence = text(o, "recurrence");
    expense.amountCents = number(o, "amount_cents");
    expense.currency = text(o, "currency");
    expense.startsOn = number(o, "starts_on_day");
    if (o.value(QStringLiteral("ends_on_day")).isDouble())
        expense.endsOn = number(o, "ends_on_day");
    expense.marketplaceId = text(o, "marketplace_id");
    expense.sku = text(o, "sku");
    expense.createdAt = number(o, "created_at");
    expense.updatedAt = number(o, "updated_at");
    expense.deleted = o.value(QStringLiteral("deleted")).toBool();
    expense.seq = static_cast<quint64>(o.value(QStringLiteral("seq")).toDouble());
    return expense;
}

QByteArray ExpenseBook::line(const QString& accountId, const Expense& e)
{
    QJsonObject o{{QStringLiteral("account"), accountId},
                  {QStringLiteral("id"), e.id},
                  {QStringLiteral("description"), e.description},
                  {QStringLiteral("category"), e.category},
                  {QStringLiteral("recurrence"), e.recurrence},
                  {QStringLiteral("amount_cents"), static_cast<double>(e.amountCents)},
                  {QStringLiteral("currency"), e.currency},
                  {QStringLiteral("starts_on_day"), static_cast<double>(e.startsOn)},
                  {QStringLiteral("marketplace_id"), e.marketplaceId},
                  {QStringLiteral("sku"), e.sku},
                  {QStringLiteral("created_at"), static_cast<double>(e.createdAt)},
                  {QStringLiteral("updated_at"), static_cast<double>(e.updatedAt)},
                  {QStringLiteral("deleted"), e.deleted},
                  {QStringLiteral("seq"), static_cast<double>(e.seq)}};
    if (e.endsOn)
        o.insert(QStringLiteral("ends_on_day"), static_cast<double>(*e.endsOn));
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

bool ExpenseBook::rewrite(QString* error) const
{
    QByteArray data;
    for (auto it = m_stored.begin(); it != m_stored.end(); ++it) {
        for (const Expense& e : it.value())
            data += line(it.key(), e);
    }
    return PrivateFiles::writeAtomically(m_path, data, error);
}

bool ExpenseBook::append(const QString& accountId, const Expense& expense, QString* error) const
{
    // One line per change (not the whole book), flushed to the disk before the change is answered.
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("cannot open %1").arg(m_path);
        return false;
    }
    const qint64 size = file.size();
    const QByteArray data = line(accountId, expense);
    if (file.write(data) != data.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        file.resize(size); // no half line stays behind
        *error = QStringLiteral("cannot write %1").arg(m_path);
        return false;
    }
    return true;
}

std::vector<ExpenseBook::Expense> ExpenseBook::generated(const Business& business)
{
    // Three plausible costs of a small Amazon business, in the currency of its first marketplace: a monthly
    // software subscription since a year before the business's anchor day, a yearly packaging order for its
    // first marketplace, and a one-off photo shoot for one product. Ids are unique per account.
    std::vector<Expense> expenses;
    int first = 0;
    while (first < kMarketplaceCount - 1 && !(business.marketplaceMask & (1u << first)))
        ++first;
    const QString currency = QLatin1String(kMarketplaces[first].currency);
    const qint64 anchorDay = CivilTime::floorDiv(business.anchor, CivilTime::kDay);
    const QDate anchorDate = kEpoch.addDays(anchorDay);
    const auto make = [&](int n, const char* description, const char* category, const char* recurrence,
                          qint64 amountCents, QDate startsOn) {
        Expense e;
        e.id = QStringLiteral("exp_g%1_%2").arg(business.accountIndex).arg(n);
        e.description = QLatin1String(description);
        e.category = QLatin1String(category);
        e.recurrence = QLatin1String(recurrence);
        e.amountCents = amountCents;
        e.currency = currency;
        e.startsOn = kEpoch.daysTo(startsOn);
        e.createdAt = e.startsOn * CivilTime::kDay + 9 * 3600;
        e.updatedAt = e.createdAt;
        return e;
    };
    const QDate monthStart(anchorDate.year(), anchorDate.month(), 1);
    expenses.push_back(
        make(1, "Repricing software subscription", "software", "monthly", 3900, monthStart.addMonths(-12)));
    Expense packaging =
        make(2, "Shipping boxes and tape (yearly order)", "packaging", "yearly", 12000, anchorDate.addDays(-300));
    packaging.marketplaceId = QLatin1String(kMarketplaces[first].id);
    expenses.push_back(packaging);
    if (!business.products.empty()) {
        Expense photos = make(3, "Product photos for a new listing", "professional_services", "once", 24900,
                              anchorDate.addDays(-120));
        photos.sku = business.products.front().sku;
        photos.endsOn = photos.startsOn;
        expenses.push_back(photos);
    }
    std::sort(expenses.begin(), expenses.end(),
              [](const Expense& a, const Expense& b) { return a.updatedAt < b.updatedAt; });
    quint64 seq = 0;
    for (Expense& e : expenses)
        e.seq = ++seq;
    return expenses;
}

void ExpenseBook::apply(std::vector<Expense>* expenses, Expense expense)
{
    expenses->erase(
        std::remove_if(expenses->begin(), expenses->end(), [&](const Expense& e) { return e.id == expense.id; }),
        expenses->end());
    expenses->push_back(std::move(expense));
}

const std::vector<ExpenseBook::Expense>& ExpenseBook::expenses(const QString& accountId, const Business& business)
{
    auto it = m_accounts.find(accountId);
    if (it == m_accounts.end()) {
        std::vector<Expense> all = generated(business);
        for (const Expense& e : m_stored.value(accountId))
            apply(&all, e);
        it = m_accounts.insert(accountId, std::move(all));
    }
    return it.value();
}

const ExpenseBook::Expense* ExpenseBook::find(const QString& accountId, const Business& business, const QString& id)
{
    const std::vector<Expense>& all = expenses(accountId, business);
    const auto it = std::find_if(all.begin(), all.end(), [&](const Expense& e) { return e.id == id; });
    return it == all.end() ? nullptr : &*it;
}

int ExpenseBook::liveCount(const QString& accountId, const Business& business)
{
    const std::vector<Expense>& all = expenses(accountId, business);
    return static_cast<int>(std::count_if(all.begin(), all.end(), [](const Expense& e) { return !e.deleted; }));
}

bool ExpenseBook::store(const QString& accountId, const Business& business, Expense expense, qint64 now,
                        Expense* stored, QString* error)
{
    const std::vector<Expense>& current = expenses(accountId, business);
    quint64 lastSeq = 0;
    qint64 lastTime = 0;
    for (const Expense& e : current) {
        lastSeq = std::max(lastSeq, e.seq);
        lastTime = std::max(lastTime, e.updatedAt);
    }
    expense.seq = lastSeq + 1;
    expense.updatedAt = std::max(now, lastTime); // change times stay in change order (updated_since)
    if (expense.createdAt == 0)
        expense.createdAt = expense.updatedAt;
    if (!append(accountId, expense, error))
        return false;
    apply(&m_stored[accountId], expense);
    apply(&m_accounts[accountId], expense);
    *stored = expense;
    return true;
}

} // namespace sp
