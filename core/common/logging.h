#pragma once

#include <QLoggingCategory>

// One category per area, "holdline.<area>", Info by default. Never log a
// secret or a bearer token in any of them.
Q_DECLARE_LOGGING_CATEGORY(lcModel)
Q_DECLARE_LOGGING_CATEGORY(lcPolicy)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcApiAuth)
Q_DECLARE_LOGGING_CATEGORY(lcApiSync)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
