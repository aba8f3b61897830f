#pragma once

#include "DeterministicRandom.h"
#include "HttpExchange.h"
#include "ProblemResponse.h"

#include <QJsonObject>

#include <optional>

namespace sp {

// The fault plan of PUT /admin/v1/faults (schema FaultPlan) and its application to data replies.
// Which requests are hit is drawn from a generator reseeded with every new plan, so a test run repeats.
class FaultInjector
{
public:
    enum class Mode { None, Status, Drop, Truncate, Slow, Corrupt };
    struct Plan
    {
        Mode mode = Mode::None;
        int status = 500;
        int retryAfter = 0; // 0: no Retry-After
        double rate = 1.0;
        int delayMs = 0;
        int count = 0;      // 0: no limit
        QString pathPrefix; // empty: every path the plan applies to
    };

    explicit FaultInjector(quint64 seed);

    // Validates a plan body (after JSON parsing); field errors name the offending fields.
    static std::optional<Plan> parse(const QJsonObject& object, QList<FieldError>* errors);
    static QJsonObject toJson(const Plan& plan);

    void setPlan(const Plan& plan);
    void clear() { setPlan(Plan{}); }
    Plan plan() const { return m_plan; }

    // Decides whether this request (a data request or an export download) is hit and, if so, rewrites or
    // marks its reply. A plan with a path prefix leaves requests to other paths alone.
    void apply(HttpReply* reply, const QString& requestId, const QString& path = QString());

private:
    quint64 m_seed;
    Plan m_plan;
    DeterministicRandom m_random;
    int m_faultsSoFar = 0;
};

} // namespace sp
