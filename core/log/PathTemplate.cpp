#include "log/PathTemplate.h"

#include <QRegularExpression>
#include <QStringList>

namespace sp {

namespace {

bool isFixedSegment(const QString& segment)
{
    // Route words of the API are short lower-case words with dashes ("financial-events"), or a
    // version ("v1"). Anything else (digits, capitals, escapes, dots, long) is a value.
    static const QRegularExpression word(QStringLiteral(R"(^(?:[a-z]+(?:[-_][a-z]+)*|v[0-9]+)$)"));
    return segment.size() <= 32 && word.match(segment).hasMatch();
}

} // namespace

QString PathTemplate::of(const QString& path)
{
    QString bare = path;
    const qsizetype cut = bare.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        bare.truncate(cut);
    QStringList segments = bare.split(QLatin1Char('/'));
    for (QString& segment : segments) {
        if (!segment.isEmpty() && !isFixedSegment(segment))
            segment = QStringLiteral("{id}");
    }
    return segments.join(QLatin1Char('/'));
}

} // namespace sp
