#pragma once
// A real PostgreSQL server for one test: initdb into a temporary directory,
// pg_ctl start listening only on a Unix socket in that directory (no TCP, no
// shared server), stopped when the object goes, also when the test failed.
// initdb refuses to run as root: as root (CI), the server runs as `nobody`
// through setpriv, in a directory handed to it.
//
// Without the server binaries (postgresql-15) the PostgreSQL tests skip,
// unless HOLDLINE_REQUIRE_POSTGRES=1 (test.sh sets it): then they fail.

#include "storage/databaselocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/types.h>
#include <unistd.h>

#include <algorithm>
#include <optional>

namespace holdline::testpostgres {

inline bool required()
{
    return qEnvironmentVariable("HOLDLINE_REQUIRE_POSTGRES") == QLatin1String("1");
}

// HOLDLINE_PG_BINDIR, else the newest /usr/lib/postgresql/<version>/bin with initdb.
inline QString binDirectory()
{
    const QString given = qEnvironmentVariable("HOLDLINE_PG_BINDIR");
    if (!given.isEmpty())
        return given;
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList names = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &name : names)
        if (QFileInfo::exists(versions.filePath(name + QStringLiteral("/bin/initdb"))))
            return versions.filePath(name + QStringLiteral("/bin"));
    return {};
}

struct ServerOptions
{
    bool durable = false; // fsync as in production (benchmarks); off for tests
};

class Server
{
public:
    Server() = default;
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;
    ~Server() { stop(); }

    // Empty when the server is up, else why not.
    QString start(ServerOptions options = ServerOptions())
    {
        m_bin = binDirectory();
        if (m_bin.isEmpty())
            return QStringLiteral("no PostgreSQL server binaries (install postgresql-15, or set HOLDLINE_PG_BINDIR)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        m_asRoot = ::geteuid() == 0;
        if (m_asRoot && ::chown(QFile::encodeName(m_dir.path()).constData(), Nobody, Nobody) != 0)
            return QStringLiteral("cannot hand %1 to nobody").arg(m_dir.path());
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QString error = run(QStringLiteral("initdb"),
                            {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                             QStringLiteral("-U"), user(), QStringLiteral("-E"), QStringLiteral("UTF8"),
                             QStringLiteral("--locale=C"), QStringLiteral("--no-sync")});
        if (!error.isEmpty())
            return error;
        QString serverOptions = QStringLiteral("-k %1 -c listen_addresses='' -c max_connections=60").arg(m_dir.path());
        if (!options.durable)
            serverOptions += QStringLiteral(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        // pg_ctl -w returns once the server accepts connections: no sleeping.
        error = run(QStringLiteral("pg_ctl"),
                    {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                     QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                     QStringLiteral("-o"), serverOptions});
        if (!error.isEmpty())
            return error;
        m_running = true;
        return {};
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        run(QStringLiteral("pg_ctl"), {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"),
                                       QStringLiteral("immediate"), QStringLiteral("-D"),
                                       m_dir.filePath(QStringLiteral("data"))});
    }

    // Restarts the server (a fast shutdown: every connection is cut, as when
    // a team's server is restarted); empty when it is back up, else why not.
    QString restart()
    {
        if (!m_running)
            return QStringLiteral("not running");
        return run(QStringLiteral("pg_ctl"),
                   {QStringLiteral("restart"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                    QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-D"),
                    m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                    m_dir.filePath(QStringLiteral("server.log"))});
    }

    bool isRunning() const { return m_running; }
    QString socketDirectory() const { return m_dir.path(); }
    static QString user() { return QStringLiteral("holdline"); }

    // A new, empty database on the server; its location (a Unix socket, so
    // no TLS is asked for), or nothing (error says why).
    std::optional<storage::DatabaseLocation> createDatabase(QString *error = nullptr)
    {
        const QString name = QStringLiteral("h") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        const QString connection = QStringLiteral("testpostgres-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            const storage::DatabaseLocation admin = location(QStringLiteral("postgres"));
            db.setHostName(admin.host);
            db.setPort(admin.port);
            db.setUserName(admin.user);
            db.setDatabaseName(admin.database);
            ok = db.open();
            if (ok) {
                QSqlQuery query(db);
                ok = query.exec(QStringLiteral("CREATE DATABASE ") + name);
                if (!ok && error)
                    *error = query.lastError().text();
            } else if (error) {
                *error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (!ok)
            return std::nullopt;
        return location(name);
    }

    storage::DatabaseLocation location(const QString &database) const
    {
        storage::DatabaseLocation location;
        location.kind = storage::DatabaseLocation::Kind::PostgreSql;
        location.host = m_dir.path();
        location.database = database;
        location.user = user();
        return location;
    }

    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("server.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
    }

private:
    static constexpr uid_t Nobody = 65534;

    QString run(const QString &tool, const QStringList &arguments) const
    {
        QProcess process;
        QStringList command{QDir(m_bin).filePath(tool)};
        command += arguments;
        if (m_asRoot)
            command = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), QStringLiteral("--")} + command;
        const QString program = m_asRoot ? QStringLiteral("setpriv") : command.takeFirst();
        process.setWorkingDirectory(m_dir.path()); // nobody can enter it
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        process.setProcessEnvironment(environment);
        process.start(program, command);
        if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0)
            return QStringLiteral("%1 failed: %2 %3").arg(tool, process.errorString(),
                                                          QString::fromLocal8Bit(process.readAll()));
        return {};
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/holdline-pg-XXXXXX")};
    QString m_bin;
    bool m_asRoot = false;
    bool m_running = false;
};

} // namespace holdline::testpostgres
