#pragma once

#include "sandbox/httpmessage.h"

namespace holdline::sandbox {

struct TenantState;

// CONTRACT.md §2: the queue list, one queue, and its full replacement.
HttpResponse listQueues(TenantState &tenant, const HttpRequest &request);
HttpResponse getQueue(TenantState &tenant, const QString &rawId);
HttpResponse putQueue(TenantState &tenant, const HttpRequest &request, const QString &rawId, const QString &clientId);

} // namespace holdline::sandbox
