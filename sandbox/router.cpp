#include "sandbox/router.h"

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

void Router::add(const QByteArray &method, const QString &pattern, RouteAccess access, const QString &scope,
                 Handler handler)
{
    m_routes.push_back({method, pattern.split(u'/'), access, scope, std::move(handler)});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList segments = path.split(u'/');
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList captures;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            if (route.segments.at(i) == u"*"_s)
                captures.append(segments.at(i));
            else
                ok = route.segments.at(i) == segments.at(i);
        }
        if (!ok)
            continue;
        if (route.method == method) {
            result.route = &route;
            result.captures = captures;
            return result;
        }
        result.status = 405;
        if (!result.allowed.contains(route.method))
            result.allowed.append(route.method);
    }
    return result;
}

} // namespace holdline::sandbox
