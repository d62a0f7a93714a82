#include "cli/invocation.h"

#include "api/endpointpolicy.h"
#include "api/routingclient.h"
#include "common/commandline.h"
#include "common/optionchecker.h"
#include "storage/databaselocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>

namespace holdline::cli {

using namespace Qt::StringLiterals;
using api::RoutingClient;

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Invocation)
};

const QStringList DeployOptions{u"set"_s, u"file"_s, u"all"_s, u"match"_s};

QString commandHelp()
{
    QString text = Text::tr("Inspect, plan, deploy and roll back CXone queue wait strategies.") + u"\n\n"_s
        + Text::tr("Commands:") + u'\n';
    for (const CommandInfo &info : commandTable())
        text += u"  %1\n      %2\n"_s.arg(info.synopsis, info.summary);
    text += u"\n"_s
        + Text::tr("Exit codes: 0 ok, 1 an operation failed, 2 usage or validation error, 3 authentication, 4 conflict.\n"
                   "The secret comes from CXONE_CLIENT_SECRET, else from the keychain (see 'login').\n"
                   "--set fields: positionThreshold, callbackEnabled, callbackPositionThreshold, abandonmentThreshold, "
                   "maxHoldTime.");
    return text;
}

} // namespace

const QList<CommandInfo> &commandTable()
{
    static const QList<CommandInfo> table{
        {u"queues"_s, u"queues"_s, Text::tr("List the queues and their wait strategies."), false, true, 0, 0, {}},
        {u"show"_s, u"show QUEUE"_s, Text::tr("Show a queue's strategy and its policy findings (--json: the whole queue)."),
         false, true, 1, 1, {}},
        {u"plan"_s, u"plan QUEUE (--set FIELD=VALUE... | --file FILE)"_s,
         Text::tr("Show what a change would do and what the policies say; nothing is written."), false, true, 1, 1,
         {u"set"_s, u"file"_s}},
        {u"deploy"_s, u"deploy QUEUE... | --all [--match REGEX]  (--set FIELD=VALUE... | --file FILE)"_s,
         Text::tr("Change queues, write-ahead recorded, verified, synced; unchanged queues are not written."), true, true,
         0, -1, DeployOptions},
        {u"rollback"_s, u"rollback QUEUE [--to ENTRY [--before]] [--force]"_s,
         Text::tr("Undo the latest change of a queue, or restore the strategy recorded by a history entry."), true, true,
         1, 1, {u"to"_s, u"before"_s, u"force"_s}},
        {u"history"_s, u"history [QUEUE] [--limit N]  |  history migrate --to postgresql://..."_s,
         Text::tr("List the history, newest first; or copy it, chain intact, into a team's empty PostgreSQL history."),
         false, true, 0, 1, {u"limit"_s, u"to"_s}},
        {u"metrics"_s, u"metrics QUEUE [--interval D] [--granularity D]"_s,
         Text::tr("Queue metrics from the tenant's analytics (default: the last hour)."), false, true, 1, 1,
         {u"interval"_s, u"granularity"_s}},
        {u"tune"_s, u"tune QUEUE|auto [--advisor goal|rule] [--goal A/S/B] [--guard-window S] [--alert-only]"_s,
         Text::tr("Answer rate -> advice (the service goal, or the answer-rate rule) -> deploy -> sync -> metrics -> degradation guard, explained."), true,
         true, 1, 1, {u"advisor"_s, u"goal"_s, u"guard-window"_s, u"alert-only"_s}},
        {u"watch"_s, u"watch QUEUE... | --all [--every S] [--guard-window S] [--alert-only]"_s,
         Text::tr("Advisor and guard in a loop until SIGINT or SIGTERM (--all: every queue, listed again each round)."),
         true, true, 0, -1, {u"all"_s, u"every"_s, u"guard-window"_s, u"alert-only"_s}},
        {u"predict"_s, u"predict QUEUE [--set FIELD=VALUE...] [--interval D]  |  predict --arrivals-per-hour X --aht-seconds Y --agents N --patience-seconds Z [--sl-seconds T]"_s,
         Text::tr("Predict what a change would do (calibrated from the queue's recent metrics, simulated), and check the "
                  "policies' service targets; or Erlang A from the figures given. Nothing is written."),
         false, true, 1, 1, {u"set"_s, u"interval"_s}},
        {u"export"_s, u"export [QUEUE...]"_s, Text::tr("Print the strategies as stable, sorted JSON (for 'import')."),
         false, true, 0, -1, {}},
        {u"import"_s, u"import FILE"_s, Text::tr("Deploy the strategies of an 'export' file."), true, true, 1, 1, {}},
        {u"audit"_s, u"audit verify"_s, Text::tr("Check the history's hash chain; names the first bad entry."), false,
         false, 1, 1, {}},
        {u"login"_s, u"login --base-url URL --client-id ID"_s,
         Text::tr("Read the client secret from stdin (no echo on a terminal) and store it in the keychain."), false, false,
         0, 0, {}},
    };
    return table;
}

const CommandInfo *findCommand(const QString &name)
{
    for (const CommandInfo &info : commandTable())
        if (info.name == name)
            return &info;
    return nullptr;
}

ParseResult parseInvocation(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(commandHelp());
    parser.addPositionalArgument(u"command"_s, Text::tr("The command to run (see above)."), u"COMMAND [ARGS...]"_s);
    const QList<QCommandLineOption> options{
        {u"base-url"_s, Text::tr("The tenant's base URL, e.g. https://api.nice-incontact.com."), u"URL"_s},
        {u"client-id"_s, Text::tr("The OAuth client id."), u"ID"_s},
        {u"sandbox"_s, Text::tr("Run against an in-process sandbox tenant (seeded; its own credentials).")},
        {u"sandbox-seed"_s, Text::tr("The sandbox's seed (default 1)."), u"N"_s},
        {u"sandbox-speed"_s, Text::tr("Simulated seconds per real second in the sandbox (default 60)."), u"X"_s},
        {u"sandbox-queues"_s, Text::tr("Number of sandbox queues (default 40)."), u"N"_s},
        {u"sandbox-start"_s, Text::tr("The sandbox's simulated time at start, in UTC (default: now)."), u"TIME"_s},
        {u"json"_s, Text::tr("Machine-readable JSON on stdout; errors stay on stderr.")},
        {u"history-db"_s, Text::tr("The history: a database file (default: in the application data folder), or a "
                                   "team's PostgreSQL database, postgresql://USER@HOST[:PORT]/DB?sslmode=verify-full "
                                   "(a password given in it goes to the keychain)."), u"PATH|URL"_s},
        {u"policy"_s, Text::tr("A policy pack to check against, PACK[:VARIANT] (repeatable; default baseline)."),
         u"PACK"_s},
        {u"sync-endpoint"_s, Text::tr("Push each deployed strategy to this endpoint (CONTRACT.md §5)."), u"URL"_s},
        {u"concurrency"_s, Text::tr("Queues deployed at once (default: chosen from the rate in force and the tenant's round "
                                    "trip, up to 64)."), u"N"_s},
        {u"rate-limit"_s, Text::tr("Requests a minute, pinned (default: the rate the tenant states, or one learnt "
                                   "from its answers)."), u"N"_s},
        {u"set"_s, Text::tr("A field to change, FIELD=VALUE (repeatable)."), u"FIELD=VALUE"_s},
        {u"file"_s, Text::tr("A JSON file of fields to set (flat strategy, or an 'export' file)."), u"FILE"_s},
        {u"all"_s, Text::tr("deploy, watch: every queue of the tenant.")},
        {u"match"_s, Text::tr("deploy --all: only queues whose id matches this regular expression."), u"REGEX"_s},
        {u"to"_s, Text::tr("rollback: the history entry whose strategy to restore."), u"ENTRY"_s},
        {u"before"_s, Text::tr("rollback --to: restore the strategy from before that entry.")},
        {u"force"_s, Text::tr("rollback: overwrite a change someone else made since.")},
        {u"limit"_s, Text::tr("history: at most N entries (default 50)."), u"N"_s},
        {u"interval"_s, Text::tr("metrics: ISO-8601 duration or start/end (default PT1H)."), u"D"_s},
        {u"granularity"_s, Text::tr("metrics: one record per bucket of this ISO-8601 duration."), u"D"_s},
        {u"guard-window"_s, Text::tr("tune/watch: tenant seconds on each side of a deploy the guard compares (default 1800)."),
         u"S"_s},
        {u"alert-only"_s, Text::tr("tune/watch: on a breach only alert; do not roll back.")},
        {u"every"_s, Text::tr("watch: seconds between rounds (default 60; 5 with --sandbox)."), u"S"_s},
        {u"advisor"_s, Text::tr("tune: 'goal' (default) finds the strategy meeting the service goal with the fewest "
                                "callbacks; 'rule' is the specification's answer-rate rule."), u"NAME"_s},
        {u"goal"_s, Text::tr("tune: the service goal, ANSWERED%/WITHIN_S[/MAX_ABANDONED%] (default 80/20/5)."),
         u"GOAL"_s},
    };
    parser.addOptions(options);
    if (const auto exitCode = parseCommandLine(parser, arguments))
        return {std::nullopt, *exitCode};

    Invocation in;
    OptionChecker check(parser);
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        check.fail(Text::tr("no command given; try --help for the list."));
    } else {
        in.command = positional.takeFirst();
        in.arguments = positional;
    }
    const CommandInfo *info = in.command.isEmpty() ? nullptr : findCommand(in.command);
    if (!in.command.isEmpty() && !info)
        check.fail(Text::tr("unknown command \"%1\"; try --help for the list.").arg(in.command));

    in.baseUrl = check.url(u"base-url"_s);
    in.clientId = parser.value(u"client-id"_s);
    in.sandbox = parser.isSet(u"sandbox"_s);
    in.json = parser.isSet(u"json"_s);
    // A history's location: checked here, its password taken out of the text
    // at once (it is never printed, not even in an error).
    const auto databaseLocation = [&check](const QString &option, const QString &text, bool onlyPostgreSql,
                                           QString *into, QString *password) {
        QString error;
        const auto location = storage::DatabaseLocation::parse(text, &error);
        if (!location) {
            check.fail(u"--%1: %2"_s.arg(option, error));
        } else if (onlyPostgreSql && !location->isPostgreSql()) {
            check.fail(Text::tr("--%1: give the team's history as a postgresql:// URL.").arg(option));
        } else if (const QString refusal = location->refusal(); !refusal.isEmpty()) {
            check.fail(u"--%1: %2"_s.arg(option, refusal));
        } else {
            *into = location->text();
            *password = location->password;
        }
    };
    if (parser.isSet(u"history-db"_s) && !parser.value(u"history-db"_s).isEmpty())
        databaseLocation(u"history-db"_s, parser.value(u"history-db"_s), false, &in.historyDb, &in.historyDbPassword);
    in.syncEndpoint = check.url(u"sync-endpoint"_s);
    // Refused here, before anything is read or written, not after a deploy.
    for (const auto &[name, url] : {std::pair{u"base-url"_s, in.baseUrl}, std::pair{u"sync-endpoint"_s, in.syncEndpoint}})
        if (url.isValid())
            if (const QString refusal = api::checkEndpoint(url); !refusal.isEmpty())
                check.fail(u"--%1: %2"_s.arg(name, refusal));
    check.integer(u"sandbox-seed"_s, in.sandboxSeed, 0, std::numeric_limits<qint64>::max());
    check.number(u"sandbox-speed"_s, in.sandboxSpeed, 0, 1'000'000);
    check.integer(u"sandbox-queues"_s, in.sandboxQueues, 1, 10'000);
    check.utcTime(u"sandbox-start"_s, in.sandboxStart);
    check.integer(u"concurrency"_s, in.concurrency, 1, 64);
    check.integer(u"rate-limit"_s, in.rateLimit, 1, 1'000'000);
    for (const QString &name : {u"sandbox-seed"_s, u"sandbox-speed"_s, u"sandbox-queues"_s, u"sandbox-start"_s})
        if (parser.isSet(name) && !in.sandbox)
            check.fail(Text::tr("--%1 needs --sandbox.").arg(name));
    if (in.sandbox && (parser.isSet(u"base-url"_s) || parser.isSet(u"client-id"_s)))
        check.fail(Text::tr("--sandbox brings its own tenant; leave out --base-url and --client-id."));
    if (parser.isSet(u"history-db"_s) && parser.value(u"history-db"_s).isEmpty())
        check.fail(Text::tr("--history-db: the path is empty."));

    if (parser.isSet(u"policy"_s)) {
        QString error;
        const auto selection = PolicySelection::fromStringList(parser.values(u"policy"_s), &error);
        if (selection)
            in.policies = *selection;
        else
            check.fail(u"--policy: "_s + error);
    }

    // Command options: each only where it means something.
    for (const QCommandLineOption &option : options) {
        const QString name = option.names().constFirst();
        static const QStringList CommandOptions{u"set"_s, u"file"_s, u"all"_s, u"match"_s, u"to"_s, u"before"_s,
                                                u"force"_s, u"limit"_s, u"interval"_s, u"granularity"_s,
                                                u"guard-window"_s, u"alert-only"_s, u"every"_s, u"advisor"_s,
                                                u"goal"_s};
        if (info && CommandOptions.contains(name) && parser.isSet(name) && !info->options.contains(name))
            check.fail(Text::tr("--%1 is not an option of '%2'.").arg(name, info->name));
    }
    const QStringList sets = parser.values(u"set"_s);
    for (const QString &text : sets) {
        QString error;
        const auto assignment = parseFieldAssignment(text, &error);
        if (assignment)
            in.assignments.append(*assignment);
        else
            check.fail(u"--set %1: %2"_s.arg(text, error));
    }
    in.file = parser.value(u"file"_s);
    in.all = parser.isSet(u"all"_s);
    in.match = parser.value(u"match"_s);
    in.before = parser.isSet(u"before"_s);
    in.force = parser.isSet(u"force"_s);
    in.alertOnly = parser.isSet(u"alert-only"_s);
    in.interval = parser.value(u"interval"_s);
    in.granularity = parser.value(u"granularity"_s);
    if (in.isHistoryMigrate()) {
        if (!parser.isSet(u"to"_s))
            check.fail(Text::tr("history migrate: give the team's history with --to postgresql://..."));
        else
            databaseLocation(u"to"_s, parser.value(u"to"_s), true, &in.migrateTo, &in.migrateToPassword);
    } else {
        if (in.command == "history"_L1 && parser.isSet(u"to"_s))
            check.fail(Text::tr("--to is an option of 'history migrate' only."));
        check.integer(u"to"_s, in.toEntry, 1, std::numeric_limits<qint64>::max());
    }
    check.integer(u"limit"_s, in.limit, 1, 100'000);
    check.integer(u"guard-window"_s, in.guardWindowSeconds, 60, 7 * 86'400);
    check.integer(u"every"_s, in.everySeconds, 1, 86'400);
    if (parser.isSet(u"advisor"_s)) {
        const QString advisor = parser.value(u"advisor"_s);
        if (advisor == "goal"_L1)
            in.advisor = Invocation::Advisor::ServiceGoal;
        else if (advisor == "rule"_L1)
            in.advisor = Invocation::Advisor::AnswerRateRule;
        else
            check.fail(Text::tr("--advisor: \"%1\" is not an advisor; use goal or rule.").arg(advisor));
    }
    if (parser.isSet(u"goal"_s)) {
        QString error;
        if (const auto goal = ServiceGoal::parse(parser.value(u"goal"_s), &error))
            in.goal = *goal;
        else
            check.fail(u"--goal: "_s + error);
        if (in.advisor != Invocation::Advisor::ServiceGoal)
            check.fail(Text::tr("--goal is what the goal advisor aims at; leave it out with --advisor rule."));
    }
    if (parser.isSet(u"match"_s)) {
        const QRegularExpression regex(in.match);
        if (!regex.isValid())
            check.fail(Text::tr("--match: \"%1\" is not a valid regular expression: %2").arg(in.match, regex.errorString()));
        if (!in.all)
            check.fail(Text::tr("--match only goes with --all."));
    }
    if (in.before && !parser.isSet(u"to"_s))
        check.fail(Text::tr("--before only goes with --to ENTRY."));

    if (info) {
        const int count = int(in.arguments.size());
        if (in.command == "deploy"_L1 || in.command == "watch"_L1) {
            if (in.all && count > 0)
                check.fail(Text::tr("%1: give queues or --all, not both.").arg(in.command));
            else if (!in.all && count == 0)
                check.fail(Text::tr("%1: name the queues, or --all.").arg(in.command));
        } else if (count < info->minArguments) {
            check.fail(Text::tr("'%1' needs more arguments: %2").arg(info->name, info->synopsis));
        } else if (info->maxArguments >= 0 && count > info->maxArguments) {
            check.fail(Text::tr("'%1' takes %2: unexpected \"%3\".")
                           .arg(info->name, info->synopsis, in.arguments.at(info->maxArguments)));
        }
        if (in.command == "plan"_L1 || in.command == "deploy"_L1) {
            if (sets.isEmpty() && in.file.isEmpty())
                check.fail(Text::tr("%1: give the change with --set FIELD=VALUE or --file FILE.").arg(in.command));
            else if (!sets.isEmpty() && !in.file.isEmpty())
                check.fail(Text::tr("%1: use --set or --file, not both.").arg(in.command));
        }
        const bool queueArguments = in.command != "import"_L1 && in.command != "audit"_L1
            && !(in.command == "tune"_L1 && in.arguments == QStringList{u"auto"_s});
        for (const QString &queueId : std::as_const(in.arguments))
            if (queueArguments && !RoutingClient::isValidQueueId(queueId))
                check.fail(Text::tr("\"%1\" is not a queue id (1 to 64 of A-Z a-z 0-9 _ . -).").arg(queueId));
        if (in.command == "audit"_L1 && count == 1 && in.arguments.constFirst() != "verify"_L1)
            check.fail(Text::tr("audit: the only sub-command is 'verify'."));
        if (info->needsTenant && !in.sandbox && in.command != "audit"_L1 && !in.isHistoryMigrate()) {
            if (in.baseUrl.isEmpty())
                check.fail(Text::tr("no tenant: give --base-url URL and --client-id ID, or --sandbox."));
            else if (in.clientId.isEmpty())
                check.fail(Text::tr("--client-id is needed with --base-url."));
        }
        if (in.command == "login"_L1 && (in.baseUrl.isEmpty() || in.clientId.isEmpty() || in.sandbox))
            check.fail(Text::tr("login: give --base-url URL and --client-id ID (the sandbox needs no login)."));
    }

    if (!check.errors().isEmpty()) {
        for (const QString &error : check.errors())
            std::fprintf(stderr, "holdline-cli: %s\n", qPrintable(error));
        std::fprintf(stderr, "Try 'holdline-cli --help' for the commands and options.\n");
        return {std::nullopt, ExitUsage};
    }
    return {in, ExitOk};
}

} // namespace holdline::cli
