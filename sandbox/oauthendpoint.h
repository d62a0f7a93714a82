#pragma once

#include "sandbox/httpmessage.h"

namespace holdline::sandbox {

struct TenantState;

// POST /api/v2/oauth/token (CONTRACT.md §1, RFC 6749 §4.4): client
// credentials in a JSON or form-encoded body, or as HTTP Basic.
HttpResponse issueToken(TenantState &tenant, const HttpRequest &request);

} // namespace holdline::sandbox
