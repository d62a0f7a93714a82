#include "sandbox/sandboxlogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "holdline.sandbox", QtInfoMsg)
