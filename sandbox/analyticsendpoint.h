#pragma once

#include "sandbox/httpmessage.h"

namespace holdline::sandbox {

struct TenantState;

// POST /api/v2/analytics/queues/summary/query (CONTRACT.md §3). Records are
// ordered queue by queue (listing order), bucket by bucket within a queue;
// a page holds at most `size` of them and a continuation token the rest.
HttpResponse queryAnalytics(TenantState &tenant, const HttpRequest &request);

} // namespace holdline::sandbox
