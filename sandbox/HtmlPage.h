#pragma once

#include "HttpExchange.h"

#include <QString>

namespace sp {

// The few HTML pages the sandbox shows a browser (Seller Central's consent, the OAuth callback).
// Every text is escaped here; callers pass plain text and ready-made, escaped body fragments.
namespace HtmlPage {

QString escape(const QString& text);
// A complete UTF-8 page: <title>title</title> and the body fragment.
HttpReply make(int status, const QString& title, const QString& bodyHtml);

} // namespace HtmlPage
} // namespace sp
