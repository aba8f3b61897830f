#pragma once

#include "SandboxProcess.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>

namespace sp::test {

// One answer of the sandbox, as the tests inspect it.
struct HttpResult
{
    int status = 0; // 0: no HTTP answer (network or TLS error)
    QString networkError;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const; // empty when the body is not a JSON object
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
    bool isProblem() const; // application/problem+json with code, status and request_id
};

// A raw QNetworkAccessManager client for the sandbox (deliberately not core's ApiClient: the sandbox tests
// must not depend on the client they are meant to check). Calls block on QSignalSpy::wait, no sleeps.
class SandboxHttpClient
{
public:
    explicit SandboxHttpClient(const SandboxProcess& sandbox);

    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                    const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpResult postJson(const QString& path, const QJsonObject& object, const QByteArray& bearer = {});
    HttpResult get(const QString& path, const QByteArray& bearer = {});

    // Signs in; returns the TokenPair (empty on failure).
    QJsonObject login(const QString& email, const QString& password, const QString& clientName = {});

private:
    const SandboxProcess& m_sandbox;
    QNetworkAccessManager m_network;
};

} // namespace sp::test
