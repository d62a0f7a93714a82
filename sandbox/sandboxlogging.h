#pragma once

#include <QLoggingCategory>

// holdline.sandbox, Info by default. Never log a client secret or a token.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
