#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sp {

// A request as the sandbox's routes see it, independent of the Qt HttpServer version underneath.
struct HttpRequest
{
    QByteArray method; // upper case, e.g. "GET"
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peerAddress;
    QString requestId; // set by the server before routing
    // Set by the adapter when it stopped the request by its size before reading all of it (no body then).
    enum class Refused { No, HeadTooLarge, BodyTooLarge } refused = Refused::No;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& entry : headers) {
            if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
                return entry.second;
        }
        return {};
    }
};

struct HttpReply
{
    // How the adapter delivers the reply; the faults of /admin/v1/faults use the last two.
    enum class Delivery { Complete, DropMidBody };

    int status = 200;
    Delivery delivery = Delivery::Complete;
    int delayMs = 0;        // answer this much later, without holding up other requests
    QByteArray contentType; // empty: no body
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void setHeader(const QByteArray& name, const QByteArray& value)
    {
        for (auto& entry : headers) {
            if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
                entry.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
};

} // namespace sp
