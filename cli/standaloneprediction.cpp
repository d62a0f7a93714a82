#include "cli/standaloneprediction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace holdline::cli {

using namespace predict;

namespace {
// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PredictCommand) // the catalogues' context
};

QString usage()
{
    return Text::tr("Usage: holdline-cli predict --arrivals-per-hour X --aht-seconds Y --agents N "
                    "--patience-seconds Z [--sl-seconds T] [--json]\n"
                    "Erlang A (M/M/n+M): P(wait), P(abandon), average speed of answer over all arrivals, "
                    "service level (answered within T s, default 20, over all arrivals), answer rate, occupancy.\n"
                    "--patience-seconds 0 means nobody abandons (Erlang C).\n");
}

StandalonePrediction::Output usageError(const QString &message)
{
    return {2, QString(), message + u'\n' + usage()};
}

QString pct(double v)
{
    return QString::number(v * 100, 'f', 2) + u'%';
}

QString signedNumber(double v, int decimals)
{
    return (v >= 0 ? u"+"_s : QString()) + QString::number(v, 'f', decimals);
}

// A metric for people: rates in %, the rest as numbers.
QString formatEstimate(Metric m, const Estimate &e, bool difference = false)
{
    const double scale = isRateMetric(m) ? 100 : 1;
    const int decimals = isRateMetric(m) ? 1 : 1;
    const QString unit = isRateMetric(m) ? (difference ? u" pt"_s : u"%"_s) : QString();
    const QString mean = difference ? signedNumber(e.mean * scale, decimals) : QString::number(e.mean * scale, 'f', decimals);
    return mean + unit + u" ± "_s + QString::number(e.halfWidth * scale, 'f', decimals);
}

QJsonObject estimateJson(const Estimate &e)
{
    return {{u"mean"_s, e.mean}, {u"halfWidth95"_s, e.halfWidth}};
}
} // namespace

StandalonePrediction::Output StandalonePrediction::run(const QStringList &arguments)
{
    static const QStringList valued = {u"arrivals-per-hour"_s, u"aht-seconds"_s, u"agents"_s, u"patience-seconds"_s,
                                       u"sl-seconds"_s};
    QHash<QString, double> values;
    bool json = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments[i];
        if (arg == "--help"_L1 || arg == "-h"_L1)
            return {0, usage(), QString()};
        if (arg == "--json"_L1) {
            json = true;
            continue;
        }
        if (!arg.startsWith("--"_L1))
            return usageError(Text::tr("Unexpected argument: %1").arg(arg));
        QString name = arg.mid(2), text;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            text = name.mid(eq + 1);
            name.truncate(eq);
        } else if (i + 1 < arguments.size()) {
            text = arguments[++i];
        } else {
            return usageError(Text::tr("--%1 needs a value.").arg(name));
        }
        if (!valued.contains(name))
            return usageError(Text::tr("Unknown option: --%1").arg(name));
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0)
            return usageError(Text::tr("--%1 must be a number of at least 0, not \"%2\".").arg(name, text));
        values.insert(name, v);
    }
    for (const QString &required : {u"arrivals-per-hour"_s, u"aht-seconds"_s, u"agents"_s, u"patience-seconds"_s}) {
        if (!values.contains(required))
            return usageError(Text::tr("--%1 is required.").arg(required));
    }
    const double agents = values.value(u"agents"_s);
    if (agents != std::floor(agents) || agents > 100000)
        return usageError(Text::tr("--agents must be a whole number of agents."));
    if (values.value(u"aht-seconds"_s) <= 0)
        return usageError(Text::tr("--aht-seconds must be more than 0."));

    sim::ErlangInput in;
    in.arrivalsPerHour = values.value(u"arrivals-per-hour"_s);
    in.handleSeconds = values.value(u"aht-seconds"_s);
    in.agents = int(agents);
    in.patienceSeconds = values.value(u"patience-seconds"_s);
    in.serviceLevelSeconds = values.value(u"sl-seconds"_s, 20);
    const sim::ErlangResult r = sim::erlangA(in);
    if (json)
        return {0, QString::fromUtf8(QJsonDocument(erlangJson(r)).toJson(QJsonDocument::Compact)) + u'\n', QString()};
    return {0, erlangText(in, r), QString()};
}

std::optional<int> StandalonePrediction::runStandalone(const QStringList &applicationArguments)
{
    if (applicationArguments.size() < 2 || applicationArguments[1] != "predict"_L1)
        return std::nullopt;
    const QStringList rest = applicationArguments.mid(2);
    const bool figures = std::any_of(rest.cbegin(), rest.cend(), [](const QString &a) {
        return a.startsWith("--arrivals-per-hour"_L1) || a == "--help"_L1 || a == "-h"_L1;
    });
    if (!figures)
        return std::nullopt;
    const Output out = run(rest);
    std::fputs(out.standardOutput.toLocal8Bit().constData(), stdout);
    std::fputs(out.standardError.toLocal8Bit().constData(), stderr);
    std::fflush(stdout);
    return out.exitCode;
}

QJsonObject StandalonePrediction::erlangJson(const sim::ErlangResult &r)
{
    // JSON has no infinity: an unstable Erlang C queue reports null waits.
    const auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    return {{u"pWait"_s, number(r.pWait)},         {u"pAbandon"_s, number(r.pAbandon)},
            {u"asaSeconds"_s, number(r.asaSeconds)}, {u"serviceLevel"_s, number(r.serviceLevel)},
            {u"answerRate"_s, number(r.answerRate())}, {u"occupancy"_s, number(r.occupancy)}};
}

QString StandalonePrediction::erlangText(const sim::ErlangInput &in, const sim::ErlangResult &r)
{
    QString s;
    s += Text::tr("Erlang %1: %2 arrivals/h, AHT %3 s, %4 agents, mean patience %5\n")
             .arg(in.patienceSeconds > 0 ? u"A"_s : u"C"_s)
             .arg(in.arrivalsPerHour)
             .arg(in.handleSeconds)
             .arg(in.agents)
             .arg(in.patienceSeconds > 0 ? QString::number(in.patienceSeconds) + u" s"_s : Text::tr("unlimited"));
    if (!r.stable)
        s += Text::tr("Unstable: the load reaches the agents' capacity and waits grow without bound.\n");
    s += Text::tr("  P(wait > 0)        %1\n").arg(pct(r.pWait));
    s += Text::tr("  P(abandon)         %1\n").arg(pct(r.pAbandon));
    s += Text::tr("  Answer rate        %1\n").arg(pct(r.answerRate()));
    s += Text::tr("  ASA (all arrivals) %1 s\n").arg(std::isfinite(r.asaSeconds) ? QString::number(r.asaSeconds, 'f', 1) : u"∞"_s);
    s += Text::tr("  Service level      %1 within %2 s\n").arg(pct(r.serviceLevel)).arg(in.serviceLevelSeconds);
    s += Text::tr("  Occupancy          %1\n").arg(pct(r.occupancy));
    return s;
}

QJsonObject StandalonePrediction::comparisonJson(const Calibration &c, const Comparison &comparison,
                                           const QList<TargetVerdict> &verdicts)
{
    QJsonObject metrics;
    for (int i = 0; i < int(Metric::Count); ++i) {
        const auto m = Metric(i);
        metrics.insert(metricKey(m), QJsonObject{{u"current"_s, estimateJson(comparison.current.estimate(m))},
                                                 {u"edited"_s, estimateJson(comparison.edited.estimate(m))},
                                                 {u"difference"_s, estimateJson(comparison.difference(m))}});
    }
    QJsonArray targets;
    for (const TargetVerdict &v : verdicts) {
        targets.append(QJsonObject{{u"ruleId"_s, v.finding.ruleId},
                                   {u"pass"_s, v.pass},
                                   {u"certain"_s, v.certain},
                                   {u"predictedPercent"_s, v.predictedPercent},
                                   {u"halfWidthPercent"_s, v.halfWidthPercent},
                                   {u"marginPoints"_s, v.marginPoints},
                                   {u"message"_s, v.message}});
    }
    const QJsonObject calibration{{u"arrivalsPerHour"_s, c.arrivalsPerHour}, {u"ahtSeconds"_s, c.handleSeconds},
                                  {u"agents"_s, c.agents},                   {u"patienceSeconds"_s, c.patienceSeconds},
                                  {u"confidence"_s, confidenceName(c.confidence)},
                                  {u"notes"_s, QJsonArray::fromStringList(c.notes)}};
    return {{u"calibration"_s, calibration},
            {u"replications"_s, qint64(comparison.current.runs.size())},
            {u"metrics"_s, metrics},
            {u"targets"_s, targets}};
}

QString StandalonePrediction::comparisonText(const Calibration &c, const Comparison &comparison,
                                       const QList<TargetVerdict> &verdicts)
{
    QString s = Text::tr("Calibrated: %1 arrivals/h, AHT %2 s, %3 agents, mean patience %4 s (%5)\n")
                    .arg(c.arrivalsPerHour, 0, 'f', 1)
                    .arg(c.handleSeconds, 0, 'f', 0)
                    .arg(c.agents, 0, 'f', 1)
                    .arg(c.patienceSeconds, 0, 'f', 0)
                    .arg(confidenceName(c.confidence));
    for (const QString &note : c.notes)
        s += u"  "_s + note + u'\n';
    s += Text::tr("%1 replications, 95% confidence:\n").arg(comparison.current.runs.size());
    for (int i = 0; i < int(Metric::Count); ++i) {
        const auto m = Metric(i);
        s += u"  "_s + metricLabel(m).leftJustified(30) + formatEstimate(m, comparison.current.estimate(m)).leftJustified(18)
            + u" → "_s + formatEstimate(m, comparison.edited.estimate(m)).leftJustified(18)
            + formatEstimate(m, comparison.difference(m), true) + u'\n';
    }
    for (const TargetVerdict &v : verdicts)
        s += (v.pass ? u"  PASS "_s : u"  FAIL "_s) + v.finding.ruleId + u": "_s + v.message + u'\n';
    return s;
}

} // namespace holdline::cli
