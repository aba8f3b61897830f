#include "auth/TokenReissue.h"

#include "auth/AuthorizedRequestQueue.h"
#include "auth/TokenPair.h"

#include <QPointer>

#include <utility>

namespace sp {

TokenReissue::TokenReissue(AuthorizedRequestQueue* queue, QObject* owner, Reissued reissued, Failed failed)
    : m_queue(queue)
    , m_owner(owner)
    , m_reissued(std::move(reissued))
    , m_failed(std::move(failed))
{}

void TokenReissue::send(ApiRequest request, QObject* context, Done done, std::function<bool()> current,
                        int maxTokenBytes)
{
    Done finish = [context = QPointer<QObject>(context), done = std::move(done)](const ApiError& error) {
        if (context && done)
            done(error);
    };
    // The owner (Session) carries the answer: the pair is adopted even when the caller is gone by then.
    m_queue->submit(
        std::move(request), m_owner,
        [this, current = std::move(current), finish, maxTokenBytes](const ApiResponse& response) {
            TokenPair pair;
            ApiError error;
            if (!current()) {
                error.kind = ApiError::Kind::SessionEnded;
                finish(error);
                return;
            }
            if (!TokenPair::decodeAnswer(response, &pair, &error, maxTokenBytes)) {
                m_failed();
                finish(error);
                return;
            }
            m_reissued(std::move(pair), finish);
        },
        /*holdsRefreshes=*/true);
}

} // namespace sp
