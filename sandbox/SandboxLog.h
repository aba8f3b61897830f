#pragma once

#include <QLoggingCategory>

// The sandbox's one logging category. Never log a body, a token, a password or a key.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
