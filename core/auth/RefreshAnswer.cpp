#include "auth/RefreshAnswer.h"

#include "api/ApiClient.h"
#include "auth/AuthLog.h"
#include "auth/SessionEndReason.h"

namespace sp {

RefreshAnswer RefreshAnswer::classify(const ApiResponse& response, int maxRefreshTokenBytes)
{
    RefreshAnswer answer;
    const ApiError& error = response.error;
    if (error.kind == ApiError::Kind::Tls && error.code == QLatin1String("server_certificate_changed")) {
        // Aborted after the handshake, before the token went out: this is not the server we knew.
        qCWarning(lcAuth).noquote() << "refresh not sent: the server's certificate changed; request id"
                                    << error.requestId;
        answer.kind = Kind::Refused;
        answer.endReason = Session::EndReason::ServerChanged;
    } else if (error.kind == ApiError::Kind::Problem && (error.httpStatus == 401 || error.httpStatus == 400)) {
        qCInfo(lcAuth).noquote() << "refresh refused:" << error.code << "request id" << error.requestId;
        answer.kind = Kind::Refused;
        answer.endReason = SessionEndReason::fromRefusal(error.code);
    } else if (TokenPair::decodeAnswer(response, &answer.pair, &answer.error, maxRefreshTokenBytes)) {
        answer.kind = Kind::NewPair;
    }
    return answer;
}

} // namespace sp
