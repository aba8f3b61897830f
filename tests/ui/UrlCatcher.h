#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

namespace sp::test {

// Stands in for the system's file opener (QDesktopServices::setUrlHandler): records what it got.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls.append(url); }
};

} // namespace sp::test
