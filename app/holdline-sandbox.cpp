// holdline-sandbox: the sandbox tenant as a process. Prints one JSON line
// with the base URL and credentials once ready, then serves until SIGINT or
// SIGTERM and exits 0.
#include "common/commandline.h"
#include "common/translations.h"
#include "common/version.h"
#include "common/optionchecker.h"
#include "common/signalwatcher.h"
#include "sandbox/sandboxtenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;
using holdline::sandbox::SandboxClient;
using holdline::sandbox::SandboxFaults;
using holdline::sandbox::SandboxOptions;
using holdline::OptionChecker;

namespace {

QString jsonString(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // In the system locale's language from the first text on, --help included.
    holdline::installTranslations();
    QCoreApplication::setApplicationName(QStringLiteral("holdline-sandbox"));
    QCoreApplication::setApplicationVersion(holdline::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A CXone-compatible tenant on loopback with simulated live traffic.\n"
                "Prints {\"baseUrl\", \"clientId\", \"clientSecret\"} as one JSON line when ready; "
                "serves until SIGINT/SIGTERM. Faults can also be changed at run time: "
                "GET/PUT/POST/DELETE <baseUrl>/sandbox/faults."));
    const QCommandLineOption address(u"address"_s, u"Loopback address to listen on (127.0.0.1 or ::1)."_s, u"ADDR"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"TCP port; 0 picks a free one (default 0)."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the queues, traffic and faults (default 1)."_s, u"S"_s);
    const QCommandLineOption queues(u"queues"_s, u"Number of simulated queues (default 40)."_s, u"N"_s);
    const QCommandLineOption start(u"start"_s, u"Simulated time at start, in UTC, e.g. 2026-11-25T11:00:00Z (default: now)."_s, u"TIME"_s);
    const QCommandLineOption speed(u"speed"_s, u"Simulated seconds per real second (default 60; 0 freezes)."_s, u"X"_s);
    const QCommandLineOption historyDays(u"history-days"_s, u"Days of history simulated at start (default 7)."_s, u"N"_s);
    const QCommandLineOption rateLimit(u"rate-limit"_s, u"Requests a minute per token (default 300; 0 = off)."_s, u"PER_MIN"_s);
    const QCommandLineOption burst(u"burst"_s, u"Token-bucket burst (default 50)."_s, u"N"_s);
    const QCommandLineOption tokenTtl(u"token-ttl"_s, u"Access-token lifetime in seconds (default 3600)."_s, u"S"_s);
    const QCommandLineOption maxPosition(u"max-position-threshold"_s, u"Tenant limit on position thresholds (default 50)."_s, u"N"_s);
    const QCommandLineOption maxHold(u"max-hold-time"_s, u"Tenant limit on maxHoldTime in seconds (default 3600)."_s, u"S"_s);
    const QCommandLineOption rateHeaders(u"rate-limit-headers"_s, u"How answers state the limit: ietf (RateLimit-*, default), x (X-RateLimit-*) or none."_s, u"FORM"_s);
    const QCommandLineOption client(u"client"_s, u"An OAuth client ID:SECRET[:SCOPE,SCOPE...] (repeatable; default: one with every scope)."_s, u"SPEC"_s);
    const QCommandLineOption webhookSecret(u"webhook-secret"_s, u"Check X-Holdline-Signature of webhook deliveries with this secret."_s, u"SECRET"_s);
    const QCommandLineOption unmodelled(u"unmodelled-traffic"_s, u"Callers and staffing the predictor does not assume: log-normal patience, breaks within each half hour, wait-sensitive callback acceptance."_s);
    // Faults.
    const QCommandLineOption latency(u"latency-ms"_s, u"Fault: latency added to every API answer."_s, u"N"_s);
    const QCommandLineOption jitter(u"jitter-ms"_s, u"Fault: plus a uniform 0..N ms."_s, u"N"_s);
    const QCommandLineOption p429(u"fault-429"_s, u"Fault: probability of a 429."_s, u"P"_s);
    const QCommandLineOption p500(u"fault-500"_s, u"Fault: probability of a 500."_s, u"P"_s);
    const QCommandLineOption p503(u"fault-503"_s, u"Fault: probability of a 503."_s, u"P"_s);
    const QCommandLineOption dropBefore(u"drop-before-write"_s, u"Fault: probability a PUT's connection drops before it is applied."_s, u"P"_s);
    const QCommandLineOption dropAfter(u"drop-after-write"_s, u"Fault: probability a PUT's connection drops after it is applied."_s, u"P"_s);
    const QCommandLineOption malformed(u"malformed-json"_s, u"Fault: probability a 2xx body is cut short."_s, u"P"_s);
    const QCommandLineOption tokenLifetime(u"token-lifetime"_s, u"Fault: tokens die after S seconds whatever expires_in says."_s, u"S"_s);
    const QCommandLineOption writer(u"concurrent-writer"_s, u"Fault: probability another writer changes a queue between a GET and the next PUT."_s, u"P"_s);
    const QCommandLineOption writerField(u"concurrent-writer-field"_s, u"Fault: the field that writer changes (e.g. description, waitStrategy.positionThreshold)."_s, u"FIELD"_s);
    const QCommandLineOption webhookFailures(u"webhook-failures"_s, u"Fault: the first N webhook deliveries fail."_s, u"N"_s);
    const QCommandLineOption webhookStatus(u"webhook-failure-status"_s, u"Fault: with this status (default 503)."_s, u"CODE"_s);
    for (const auto &o : {address, port, seed, queues, start, speed, historyDays, rateLimit, burst, rateHeaders, tokenTtl, maxPosition,
                          maxHold, client, webhookSecret, unmodelled, latency, jitter, p429, p500, p503, dropBefore, dropAfter,
                          malformed, tokenLifetime, writer, writerField, webhookFailures, webhookStatus})
        parser.addOption(o);
    if (const auto exitCode = holdline::parseCommandLine(parser, QCoreApplication::arguments()))
        return *exitCode;

    SandboxOptions options;
    SandboxFaults faults;
    OptionChecker read(parser);
    read.integer(port, options.port, 0, 65535);
    read.integer(seed, options.seed, 0, 9007199254740992);
    read.integer(queues, options.queueCount, 1, 10000);
    read.number(speed, options.speed, 0, 1000000);
    read.utcTime(start, options.simulatedStart);
    read.integer(historyDays, options.historyDays, 0, 31);
    options.unmodelledTraffic = parser.isSet(unmodelled);
    read.integer(rateLimit, options.rateLimitPerMinute, 0, 100000000);
    read.integer(burst, options.burst, 1, 100000000);
    if (parser.isSet(rateHeaders)) {
        const QString form = parser.value(rateHeaders);
        if (form == "ietf"_L1)
            options.rateLimitHeaders = SandboxOptions::RateLimitHeaders::Ietf;
        else if (form == "x"_L1)
            options.rateLimitHeaders = SandboxOptions::RateLimitHeaders::XRateLimit;
        else if (form == "none"_L1)
            options.rateLimitHeaders = SandboxOptions::RateLimitHeaders::None;
        else
            read.fail(u"--rate-limit-headers: \"%1\" is none of ietf, x, none."_s.arg(form));
    }
    read.integer(tokenTtl, options.tokenTtlSeconds, 1, 31536000);
    read.integer(maxPosition, options.maxPositionThreshold, 1, 100);
    read.integer(maxHold, options.maxHoldTimeSeconds, 1, 3600);
    read.integer(latency, faults.latencyMs, 0, 60000);
    read.integer(jitter, faults.jitterMs, 0, 60000);
    read.number(p429, faults.probability429, 0, 1);
    read.number(p500, faults.probability500, 0, 1);
    read.number(p503, faults.probability503, 0, 1);
    read.number(dropBefore, faults.dropBeforeWriteProbability, 0, 1);
    read.number(dropAfter, faults.dropAfterWriteProbability, 0, 1);
    read.number(malformed, faults.malformedJsonProbability, 0, 1);
    read.integer(tokenLifetime, faults.tokenLifetimeSeconds, 0, 86400);
    read.number(writer, faults.concurrentWriterProbability, 0, 1);
    read.integer(webhookFailures, faults.webhookFailures, 0, 1000000);
    read.integer(webhookStatus, faults.webhookFailureStatus, 400, 599);
    if (parser.isSet(writerField)) {
        QList<std::pair<QString, QString>> errors;
        if (!SandboxFaults::fromJson({{u"concurrentWriterField"_s, parser.value(writerField)}}, faults, &errors))
            read.fail(u"--concurrent-writer-field: "_s + errors.constFirst().second);
        else
            faults.concurrentWriterField = parser.value(writerField);
    }
    options.address = parser.value(address);
    const QHostAddress host(options.address);
    if (host.isNull() || !host.isLoopback())
        read.fail(u"--address: \"%1\" is not a loopback address; the sandbox listens on 127.0.0.1 or ::1 only"_s.arg(options.address));
    const QStringList clientSpecs = parser.values(client);
    for (const QString &spec : clientSpecs) {
        // ID:SECRET[:SCOPES]; scopes contain ':' themselves, so split twice only.
        const qsizetype first = spec.indexOf(u':');
        const qsizetype second = first < 0 ? -1 : spec.indexOf(u':', first + 1);
        const QString id = spec.left(first);
        const QString secret = first < 0 ? QString() : spec.mid(first + 1, second < 0 ? -1 : second - first - 1);
        if (id.isEmpty() || secret.isEmpty()) {
            read.fail(u"--client: \"%1\" is not ID:SECRET[:SCOPE,SCOPE...]"_s.arg(spec));
            continue;
        }
        options.clients.append({id, secret,
                                second < 0 ? holdline::sandbox::allSandboxScopes()
                                           : spec.mid(second + 1).split(u',', Qt::SkipEmptyParts)});
    }
    options.webhookSigningSecret = parser.value(webhookSecret).toUtf8();
    if (!parser.positionalArguments().isEmpty())
        read.fail(u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));
    if (!read.errors().isEmpty()) {
        for (const QString &error : read.errors())
            std::fprintf(stderr, "holdline-sandbox: %s\n", qPrintable(error));
        std::fprintf(stderr, "Try 'holdline-sandbox --help' for the options.\n");
        return holdline::ExitUsage;
    }
    options.faults = faults;

    const holdline::SignalWatcher signalWatcher;
    if (!signalWatcher.isInstalled()) {
        std::fprintf(stderr, "holdline-sandbox: cannot install the signal handlers\n");
        return holdline::ExitFailure;
    }
    QObject::connect(&signalWatcher, &holdline::SignalWatcher::signalled, &app, [] { QCoreApplication::exit(holdline::ExitOk); });

    holdline::sandbox::SandboxTenant tenant(options);
    QObject::connect(&tenant, &holdline::sandbox::SandboxTenant::failed, &app, [](const QString &reason) {
        std::fprintf(stderr, "holdline-sandbox: %s\n", qPrintable(reason));
        QCoreApplication::exit(holdline::ExitFailure);
    });
    QObject::connect(&tenant, &holdline::sandbox::SandboxTenant::started, &app, [&tenant] {
        const QString line = u"{\"baseUrl\": %1, \"clientId\": %2, \"clientSecret\": %3}\n"_s.arg(
            jsonString(tenant.baseUrl().toString()), jsonString(tenant.clientId()), jsonString(tenant.clientSecret()));
        std::fputs(line.toUtf8().constData(), stdout);
        std::fflush(stdout);
    });
    tenant.start();
    return QCoreApplication::exec();
}
