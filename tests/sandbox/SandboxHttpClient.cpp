#include "SandboxHttpClient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

namespace sp::test {

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

QJsonObject HttpResult::json() const { return QJsonDocument::fromJson(body).object(); }

bool HttpResult::isProblem() const
{
    const QJsonObject object = json();
    return header(QByteArrayLiteral("Content-Type")).startsWith("application/problem+json")
           && object.value(QStringLiteral("status")).toInt() == status
           && !object.value(QStringLiteral("code")).toString().isEmpty()
           && !object.value(QStringLiteral("request_id")).toString().isEmpty()
           && object.value(QStringLiteral("request_id")).toString() == QString::fromLatin1(header("X-Request-Id"))
           && object.contains(QStringLiteral("type")) && object.contains(QStringLiteral("title"));
}

SandboxHttpClient::SandboxHttpClient(const SandboxProcess& sandbox)
    : m_sandbox(sandbox)
{}

HttpResult SandboxHttpClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                                   const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QUrl url = m_sandbox.url();
    // "path?query": the query part is taken as given (already percent-encoded by the test).
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_sandbox.sslConfiguration());
    request.setTransferTimeout(20000);
    for (const auto& header : headers)
        request.setRawHeader(header.first, header.second);

    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    std::unique_ptr<QNetworkReply> reply(
        m_network.sendCustomRequest(request, method, body.isEmpty() && method != "POST" ? nullptr : buffer.get()));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    HttpResult result;
    if (!reply->isFinished() && !finished.wait(30000)) {
        result.networkError = QStringLiteral("timeout");
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.status == 0)
        result.networkError = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    return result;
}

HttpResult SandboxHttpClient::postJson(const QString& path, const QJsonObject& object, const QByteArray& bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    if (!bearer.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer});
    return send("POST", path, QJsonDocument(object).toJson(QJsonDocument::Compact), headers);
}

HttpResult SandboxHttpClient::get(const QString& path, const QByteArray& bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer});
    return send("GET", path, {}, headers);
}

QJsonObject SandboxHttpClient::login(const QString& email, const QString& password, const QString& clientName)
{
    QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    if (!clientName.isEmpty())
        body.insert(QStringLiteral("client_name"), clientName);
    const HttpResult result = postJson(QStringLiteral("/v1/auth/login"), body);
    return result.status == 200 ? result.json() : QJsonObject();
}

} // namespace sp::test
