#pragma once

#include <QString>

#include <optional>

namespace holdline::storage {

// Where a database lives: a SQLite file on this machine, or a PostgreSQL
// database shared by a team, named by a postgresql:// URL (libpq's URI form:
// postgresql://user@host:port/dbname?sslmode=verify-full, or a Unix socket as
// postgresql:///dbname?host=/run/postgresql). A password given in the URL is
// taken out of it here: it is kept in memory only (the caller stores it in the
// keychain), so the location's text never carries it into a log, a setting or
// the history.
struct DatabaseLocation
{
    enum class Kind { SqliteFile, PostgreSql };

    Kind kind = Kind::SqliteFile;
    QString path;         // SqliteFile: the file
    QString host;         // PostgreSql: a host name or address, or a socket directory ("/...")
    int port = 5432;
    QString database;
    QString user;
    QString sslMode;      // as libpq names it; empty: libpq's default (prefer)
    QString password;     // from the URL or the keychain; never in text()

    // A path, or a postgresql:// (or postgres://) URL. An error says what is
    // wrong (error may be null).
    static std::optional<DatabaseLocation> parse(const QString &text, QString *error);
    static DatabaseLocation sqliteFile(const QString &path);
    static bool looksLikeUrl(const QString &text);

    bool isPostgreSql() const { return kind == Kind::PostgreSql; }
    // The location for people, logs and the keychain's key names: the path,
    // or the URL without its password.
    QString text() const;
    // The Qt SQL driver: QSQLITE or QPSQL.
    QString driver() const;
    // Empty when Holdline may connect, else why not: a PostgreSQL server that
    // is neither on a Unix socket nor on loopback must be reached over TLS
    // (sslmode require, verify-ca or verify-full), or a password and the
    // team's history would cross the network in clear.
    QString refusal() const;
    // The connect options Qt's QPSQL driver passes to libpq.
    QString connectOptions() const;
    // The keychain item that holds this location's password.
    QString passwordKey() const;
};

} // namespace holdline::storage
