#include "common/logging.h"

Q_LOGGING_CATEGORY(lcModel, "holdline.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPolicy, "holdline.policy", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "holdline.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiAuth, "holdline.api.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApiSync, "holdline.api.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "holdline.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "holdline.storage", QtInfoMsg)
