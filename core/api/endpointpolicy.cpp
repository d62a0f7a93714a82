#include "api/endpointpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace holdline::api {

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
    const auto tr = [](const char *text) { return QCoreApplication::translate("EndpointPolicy", text); };
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid URL.").arg(url.toString());
    if (!url.userInfo().isEmpty())
        return tr("URLs with a user name or password in them are refused; use the client id and secret fields.");
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return {};
    if (scheme == "http"_L1) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("Plain http:// to %1 is refused: secrets and tokens would cross the network unencrypted. "
                  "Use https://.").arg(url.host());
    }
    return tr("Only https:// URLs are supported, not \"%1\".").arg(url.scheme());
}

} // namespace holdline::api
