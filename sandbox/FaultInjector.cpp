#include "FaultInjector.h"

#include <QCoreApplication>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::FaultInjector", text); }

const char* const kModeNames[] = {"none", "status", "drop", "truncate", "slow", "corrupt"};
constexpr int kModeCount = 6;

bool readInteger(const QJsonObject& object, const QString& name, int min, int max, int* target,
                 QList<FieldError>* errors)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return true;
    const double number = value.toDouble(-1e300);
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)) || number < min
        || number > max) {
        errors->append({name, tr("must be a whole number from %1 to %2").arg(min).arg(max)});
        return false;
    }
    *target = static_cast<int>(number);
    return true;
}

} // namespace

FaultInjector::FaultInjector(quint64 seed)
    : m_seed(seed)
    , m_random(DeterministicRandom::from(seed, 0xFA017, 0))
{}

std::optional<FaultInjector::Plan> FaultInjector::parse(const QJsonObject& object, QList<FieldError>* errors)
{
    static const QStringList known{
        QStringLiteral("mode"),     QStringLiteral("status"), QStringLiteral("retry_after"), QStringLiteral("rate"),
        QStringLiteral("delay_ms"), QStringLiteral("count"),  QStringLiteral("path_prefix")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            errors->append({it.key(), tr("unknown field")});
    }
    Plan plan;
    const QString mode = object.value(QStringLiteral("mode")).toString();
    bool modeKnown = false;
    for (int i = 0; i < kModeCount; ++i) {
        if (mode == QLatin1String(kModeNames[i])) {
            plan.mode = static_cast<Mode>(i);
            modeKnown = true;
        }
    }
    if (!modeKnown)
        errors->append({QStringLiteral("mode"), tr("must be one of none, status, drop, truncate, slow, corrupt")});
    plan.status = 0;
    readInteger(object, QStringLiteral("status"), 429, 503, &plan.status, errors);
    if (plan.status != 0 && plan.status != 429 && plan.status != 500 && plan.status != 503)
        errors->append({QStringLiteral("status"), tr("must be 429, 500 or 503")});
    if (plan.mode == Mode::Status && plan.status == 0)
        errors->append({QStringLiteral("status"), tr("is required with mode status")});
    readInteger(object, QStringLiteral("retry_after"), 1, 60, &plan.retryAfter, errors);
    readInteger(object, QStringLiteral("delay_ms"), 0, 60000, &plan.delayMs, errors);
    readInteger(object, QStringLiteral("count"), 0, 1000000000, &plan.count, errors);
    const QJsonValue rate = object.value(QStringLiteral("rate"));
    if (!rate.isUndefined()) {
        if (!rate.isDouble() || rate.toDouble() < 0 || rate.toDouble() > 1)
            errors->append({QStringLiteral("rate"), tr("must be a number from 0 to 1")});
        else
            plan.rate = rate.toDouble();
    }
    const QJsonValue prefix = object.value(QStringLiteral("path_prefix"));
    if (!prefix.isUndefined()) {
        if (!prefix.isString() || prefix.toString().size() > 200 || !prefix.toString().startsWith(QLatin1Char('/')))
            errors->append(
                {QStringLiteral("path_prefix"), tr("must be a path starting with /, at most 200 characters")});
        else
            plan.pathPrefix = prefix.toString();
    }
    if (!errors->isEmpty())
        return std::nullopt;
    return plan;
}

QJsonObject FaultInjector::toJson(const Plan& plan)
{
    QJsonObject object{{QStringLiteral("mode"), QLatin1String(kModeNames[static_cast<int>(plan.mode)])},
                       {QStringLiteral("rate"), plan.rate},
                       {QStringLiteral("count"), plan.count}};
    if (plan.mode == Mode::Status)
        object.insert(QStringLiteral("status"), plan.status);
    if (plan.retryAfter > 0)
        object.insert(QStringLiteral("retry_after"), plan.retryAfter);
    if (plan.mode == Mode::Slow)
        object.insert(QStringLiteral("delay_ms"), plan.delayMs);
    if (!plan.pathPrefix.isEmpty())
        object.insert(QStringLiteral("path_prefix"), plan.pathPrefix);
    return object;
}

void FaultInjector::setPlan(const Plan& plan)
{
    m_plan = plan;
    m_random = DeterministicRandom::from(m_seed, 0xFA017, 0);
    m_faultsSoFar = 0;
}

void FaultInjector::apply(HttpReply* reply, const QString& requestId, const QString& path)
{
    if (m_plan.mode == Mode::None)
        return;
    if (!m_plan.pathPrefix.isEmpty() && !path.startsWith(m_plan.pathPrefix))
        return;
    if (m_plan.count > 0 && m_faultsSoFar >= m_plan.count)
        return;
    if (!m_random.chance(m_plan.rate))
        return;
    ++m_faultsSoFar;
    switch (m_plan.mode) {
    case Mode::None:
        break;
    case Mode::Status: {
        if (m_plan.status == 429) {
            *reply = ProblemResponse::rateLimited(m_plan.retryAfter > 0 ? m_plan.retryAfter : 1, requestId);
        } else if (m_plan.status == 503) {
            *reply = ProblemResponse::make(503, QStringLiteral("service_unavailable"),
                                           tr("The service is briefly unavailable."), requestId);
            if (m_plan.retryAfter > 0)
                reply->setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(m_plan.retryAfter));
        } else {
            *reply = ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The server failed."), requestId);
        }
        break;
    }
    case Mode::Drop:
        reply->delivery = HttpReply::Delivery::DropMidBody;
        break;
    case Mode::Truncate:
        // A complete HTTP response (Content-Length matches) whose JSON stops in the middle.
        reply->body.truncate(reply->body.size() / 2);
        break;
    case Mode::Slow:
        reply->delayMs = m_plan.delayMs;
        break;
    case Mode::Corrupt: {
        // Same length, wrong bytes: only a checksum (or a parser) notices. About one byte in 64 is flipped,
        // at least one, from the plan's generator so a run repeats.
        QByteArray& body = reply->body;
        if (body.isEmpty())
            break;
        const qint64 flips = qMax<qint64>(1, body.size() / 64);
        for (qint64 i = 0; i < flips; ++i) {
            const qint64 at = m_random.between(0, body.size() - 1);
            body[at] = static_cast<char>(body.at(at) ^ 0x5A);
        }
        break;
    }
    }
}

} // namespace sp
