#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace holdline::storage {

using namespace Qt::StringLiterals;

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
};

const QStringList TlsModes{u"require"_s, u"verify-ca"_s, u"verify-full"_s};
const QStringList KnownModes{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

bool DatabaseLocation::looksLikeUrl(const QString &text)
{
    return text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s);
}

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.path = path;
    return location;
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *errorOut)
{
    QString ignored;
    QString *error = errorOut ? errorOut : &ignored;
    if (text.isEmpty()) {
        *error = Text::tr("the history location is empty");
        return std::nullopt;
    }
    if (!looksLikeUrl(text)) {
        if (text.contains(u"://"_s)) {
            *error = Text::tr("\"%1\" is neither a file nor a postgresql:// URL").arg(QUrl(text).scheme());
            return std::nullopt;
        }
        return sqliteFile(text);
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        // The URL's own text could hold a password: only the error is named.
        *error = Text::tr("the PostgreSQL URL is not valid: %1").arg(url.errorString());
        return std::nullopt;
    }
    DatabaseLocation location;
    location.kind = Kind::PostgreSql;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == "host"_L1) {
            location.host = value;
        } else if (name == "port"_L1) {
            bool ok = false;
            location.port = value.toInt(&ok);
            if (!ok) {
                *error = Text::tr("the PostgreSQL URL's port \"%1\" is not a number").arg(value);
                return std::nullopt;
            }
        } else if (name == "sslmode"_L1) {
            location.sslMode = value;
        } else if (name == "user"_L1) {
            location.user = value;
        } else if (name == "dbname"_L1) {
            location.database = value;
        } else if (name == "password"_L1) {
            location.password = value;
        } else {
            *error = Text::tr("the PostgreSQL URL's parameter \"%1\" is not one Holdline knows "
                              "(host, port, dbname, user, sslmode)").arg(name);
            return std::nullopt;
        }
    }
    if (!location.sslMode.isEmpty() && !KnownModes.contains(location.sslMode)) {
        *error = Text::tr("sslmode \"%1\" is not one of %2").arg(location.sslMode, KnownModes.join(u", "_s));
        return std::nullopt;
    }
    if (location.host.isEmpty()) {
        *error = Text::tr("the PostgreSQL URL names no host (give host=/socket/directory for a Unix socket)");
        return std::nullopt;
    }
    if (location.database.isEmpty()) {
        *error = Text::tr("the PostgreSQL URL names no database");
        return std::nullopt;
    }
    return location;
}

QString DatabaseLocation::text() const
{
    if (!isPostgreSql())
        return path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    QUrlQuery query;
    if (host.startsWith(u'/')) {
        query.addQueryItem(u"host"_s, host);
        if (port != 5432)
            query.addQueryItem(u"port"_s, QString::number(port));
        url.setHost({});
    } else {
        url.setHost(host);
        if (port != 5432)
            url.setPort(port);
    }
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPath(u'/' + database);
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    url.setQuery(query);
    QString result = url.toString(QUrl::FullyEncoded);
    // QUrl drops the empty authority of postgresql:///db?host=...
    if (url.host().isEmpty() && !result.startsWith(u"postgresql://"_s))
        result.replace(0, u"postgresql:"_s.size(), u"postgresql://"_s);
    return result;
}

QString DatabaseLocation::driver() const
{
    return isPostgreSql() ? u"QPSQL"_s : u"QSQLITE"_s;
}

QString DatabaseLocation::refusal() const
{
    if (!isPostgreSql() || host.startsWith(u'/') || isLoopback(host) || TlsModes.contains(sslMode))
        return {};
    return Text::tr("the PostgreSQL server %1 is not on this machine: Holdline connects to it only over TLS. Add "
                    "sslmode=verify-full (or sslmode=require) to the URL.").arg(host);
}

QString DatabaseLocation::connectOptions() const
{
    QStringList options{u"connect_timeout=10"_s, u"application_name=holdline"_s};
    if (!sslMode.isEmpty())
        options.append(u"sslmode="_s + sslMode);
    return options.join(u';');
}

QString DatabaseLocation::passwordKey() const
{
    return u"history-db-password:"_s + text();
}

} // namespace holdline::storage
