#pragma once

#include "history/historyentry.h"

namespace holdline::history {

// The path of the first key in the entry's content that names a credential
// ("queueAfter.client_secret", "details.auth.access_token", ...), or an empty
// string. Entries never carry one by construction; this is the last line of
// defence before something permanent and shared (a team's history) is written.
QString findSecretKey(const HistoryEntry &entry);

} // namespace holdline::history
