#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace holdline {

// Whether a URL query parameter's name says it carries a credential
// ("token", "access_token", "apiKey", "sig", "password", ...).
bool isCredentialParameter(QStringView name);

// The first credential-named query parameter of url, or "" when none.
QString credentialParameterOf(const QUrl &url);

// A URL as it may appear in a message or a log: the password and the values
// of credential-named query parameters replaced by "***".
QString redactedUrl(const QUrl &url);
// The same for text that may not even parse as a URL (what a user typed).
QString redactedUrlText(const QString &text);

} // namespace holdline
