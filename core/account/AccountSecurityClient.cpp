#include "account/AccountSecurityClient.h"

#include "account/AccountLog.h"

#include "api/ApiClient.h"
#include "auth/Session.h"

#include <QJsonObject>

namespace sp {

AccountSecurityClient::AccountSecurityClient(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

void AccountSecurityClient::changePassword(const QString& currentPassword, const QString& newPassword)
{
    if (!m_session) {
        ApiError ended;
        ended.kind = ApiError::Kind::SessionEnded;
        emit passwordChangeFailed(ended);
        return;
    }
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/account/password");
    request.body = QJsonObject{{QStringLiteral("current_password"), currentPassword},
                               {QStringLiteral("new_password"), newPassword}};
    m_session->sendReissuing(request, this, [this](const ApiError& error) {
        if (error.ok())
            emit passwordChanged();
        else
            emit passwordChangeFailed(error);
    });
}

void AccountSecurityClient::refreshContact()
{
    if (!m_session)
        return;
    ApiRequest request;
    request.path = QStringLiteral("/v1/security-contact");
    m_session->sendAuthorized(request, this, [this](const ApiResponse& response) {
        if (!response.error.ok())
            return; // the published defaults stay
        const QString email = response.json.value(QStringLiteral("email")).toString();
        const QUrl page(response.json.value(QStringLiteral("page_url")).toString(), QUrl::StrictMode);
        if (email.contains(QLatin1Char('@')))
            m_contact.email = email;
        // Only an https page is shown as a link.
        if (page.isValid() && page.scheme() == QLatin1String("https") && page.userInfo().isEmpty())
            m_contact.pageUrl = page;
        const int hours = response.json.value(QStringLiteral("response_hours")).toInt();
        if (hours > 0)
            m_contact.responseHours = hours;
        emit contactChanged(m_contact);
    });
}

void AccountSecurityClient::signOutEverywhere()
{
    if (!m_session)
        return;
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/auth/logout-all");
    m_session->sendAuthorized(request, this, [this](const ApiResponse& response) {
        if (!response.error.ok()) {
            emit failed(response.error.userMessage());
            return;
        }
        qCInfo(lcAccount) << "every session of the account ended";
        if (m_session)
            m_session->signOut(); // this one too: keychain entry and marker go
        emit signedOutEverywhere();
    });
}

} // namespace sp
