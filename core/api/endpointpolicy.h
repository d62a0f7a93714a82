#pragma once

#include <QString>
#include <QUrl>

namespace holdline::api {

// Which URLs Holdline may send credentials, tokens or strategies to: https
// anywhere, plain http only to loopback (the sandbox tenant, a local relay).
// Returns an empty string when allowed, else why not, for a supervisor.
QString checkEndpoint(const QUrl &url);

bool isLoopbackHost(const QString &host);

} // namespace holdline::api
