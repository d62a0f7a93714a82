#include "api/endpointpolicy.h"

#include "common/redaction.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace holdline::api {

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EndpointPolicy)
};

} // namespace

using namespace Qt::StringLiterals;

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString checkEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Text::tr("\"%1\" is not a valid URL.").arg(redactedUrl(url));
    if (!url.userInfo().isEmpty())
        return Text::tr("URLs with a user name or password in them are refused; use the client id and secret fields.");
    // Whatever is in a URL ends up stored (pending syncs) and shown: no secrets there.
    if (const QString parameter = credentialParameterOf(url); !parameter.isEmpty())
        return Text::tr("URLs with a credential in their query (\"%1\") are refused: Holdline would have to store it "
                        "with every pending sync. An endpoint authenticates Holdline by the signing secret "
                        "(X-Holdline-Signature) instead.")
            .arg(parameter);
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return {};
    if (scheme == "http"_L1) {
        if (isLoopbackHost(url.host()))
            return {};
        return Text::tr("Plain http:// to %1 is refused: secrets and tokens would cross the network unencrypted. "
                        "Use https://.").arg(url.host());
    }
    return Text::tr("Only https:// URLs are supported, not \"%1\".").arg(url.scheme());
}

} // namespace holdline::api
