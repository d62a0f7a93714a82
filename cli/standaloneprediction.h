#pragma once

#include "predict/calibration.h"
#include "predict/predictionstats.h"
#include "predict/targetevaluation.h"
#include "sim/erlang.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace holdline::cli {

// `holdline-cli predict --arrivals-per-hour X --aht-seconds Y --agents N
// --patience-seconds Z [--sl-seconds T] [--json]`: Erlang A from given
// figures, no tenant needed. Synchronous; the CLI prints what it returns.
// Not a cli::Command: main() runs it before any tenant or session exists.
class StandalonePrediction
{
public:
    struct Output
    {
        int exitCode = 0;       // 0, or 2 for a usage error (the CLI's convention)
        QString standardOutput;
        QString standardError;
    };

    // `arguments` follow "predict" on the command line.
    static Output run(const QStringList &arguments);

    // For holdline-cli's main(): when the command line is `predict` with
    // --arrivals-per-hour, runs it, prints, and returns the exit code;
    // otherwise nullopt (e.g. `predict Q`, which needs the tenant).
    static std::optional<int> runStandalone(const QStringList &applicationArguments);

    // {"pWait", "pAbandon", "asaSeconds", "serviceLevel", "answerRate", "occupancy"}.
    static QJsonObject erlangJson(const sim::ErlangResult &result);
    static QString erlangText(const sim::ErlangInput &input, const sim::ErlangResult &result);

    // For `predict Q [--set FIELD=VALUE…]` once the CLI has calibrated the
    // queue and simulated: current vs edited, the difference and its CI, and
    // the verdicts on the service targets.
    static QJsonObject comparisonJson(const predict::Calibration &calibration, const predict::Comparison &comparison,
                                      const QList<predict::TargetVerdict> &verdicts);
    static QString comparisonText(const predict::Calibration &calibration, const predict::Comparison &comparison,
                                  const QList<predict::TargetVerdict> &verdicts);
};

} // namespace holdline::cli
