#pragma once

#include "model/policyselection.h"
#include "model/servicegoal.h"
#include "model/waitstrategy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace holdline::cli {

// Everything the command line asked for, checked: a command only ever sees
// values that parsed. Produced by parseInvocation().
struct Invocation
{
    // Global options.
    QUrl baseUrl;
    QString clientId;
    bool sandbox = false;
    quint64 sandboxSeed = 1;
    double sandboxSpeed = 60;
    int sandboxQueues = 40;
    QDateTime sandboxStart; // the sandbox's simulated now at start; null: the wall clock
    bool json = false;
    QString historyDb;          // a file or a postgresql:// URL, its password taken out
    QString historyDbPassword;  // a password the URL gave, in memory only
    PolicySelection policies;
    QUrl syncEndpoint;
    int concurrency = 0; // 0: BulkDeployment::AutoConcurrency
    int rateLimit = 0;          // requests a minute, pinned; 0: stated by the tenant or learnt

    // The command and its arguments.
    QString command;
    QStringList arguments;

    // Command options (each command accepts only its own).
    QList<FieldAssignment> assignments;
    QString file;
    bool all = false;
    QString match;
    qint64 toEntry = 0;
    bool before = false;
    bool force = false;
    QString interval;
    QString granularity;
    int limit = 50;
    qint64 guardWindowSeconds = 1800;
    bool alertOnly = false;
    int everySeconds = 0;   // 0: the command's default
    // tune: which advisor; the service goal (ServiceGoal) the default one aims at.
    enum class Advisor { ServiceGoal, AnswerRateRule };
    Advisor advisor = Advisor::ServiceGoal;
    ServiceGoal goal;
    QString migrateTo;          // history migrate --to: a postgresql:// URL, its password taken out
    QString migrateToPassword;

    // `history migrate --to URL`: copies the history into a team's, needs no tenant.
    bool isHistoryMigrate() const
    {
        return command == QLatin1String("history") && arguments.value(0) == QLatin1String("migrate");
    }
};

// One line of the command table.
struct CommandInfo
{
    QString name;
    QString synopsis;
    QString summary;
    bool writes = false;        // reconciles pending history entries first
    bool needsTenant = true;    // login does not
    int minArguments = 0;
    int maxArguments = 0;       // -1: any number
    QStringList options;        // command options it accepts (long names)
};

const QList<CommandInfo> &commandTable();
const CommandInfo *findCommand(const QString &name);

struct ParseResult
{
    std::optional<Invocation> invocation; // set when the program should go on
    int exitCode = 0;                      // otherwise: 0 (--help/--version) or 2
};

// Parses and checks the arguments (argv[0] first). Prints --help/--version on
// stdout and every problem on stderr; never touches a tenant or a file.
ParseResult parseInvocation(const QStringList &arguments);

} // namespace holdline::cli
