#pragma once

#include <QNetworkAccessManager>

namespace sp::test {

// A real QNetworkAccessManager that counts the requests it is asked to send, so a test can show
// that something was refused before any network traffic.
class CountingNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int requestCount() const { return m_requests; }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        ++m_requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    int m_requests = 0;
};

} // namespace sp::test
