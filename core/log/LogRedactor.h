#pragma once

#include <QString>

namespace sp {

// The last line of defence before a log line is stored or bundled: masks anything shaped like a
// secret or personal data (JWTs, bearer/refresh tokens incl. Amazon's "Atza|"/"Atzr|", credential
// key=value pairs, long hex keys, long opaque tokens, email addresses). Ordinary text is untouched.
// Code must still never log a secret: this only catches mistakes.
class LogRedactor
{
public:
    static QString redact(const QString& line);
};

} // namespace sp
