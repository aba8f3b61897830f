#include "HtmlPage.h"

namespace sp::HtmlPage {

QString escape(const QString& text) { return text.toHtmlEscaped(); }

HttpReply make(int status, const QString& title, const QString& bodyHtml)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    reply.body =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
                       "<body>\n%2\n</body></html>\n")
            .arg(escape(title), bodyHtml)
            .toUtf8();
    // Pages that carry a state or a code must not be cached by the browser.
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

} // namespace sp::HtmlPage
