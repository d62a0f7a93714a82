#include "cli/command.h"

#include "cli/auditcommand.h"
#include "cli/clijson.h"
#include "cli/deploycommand.h"
#include "cli/exportcommand.h"
#include "cli/historycommand.h"
#include "cli/historymigratecommand.h"
#include "cli/metricscommand.h"
#include "cli/plancommand.h"
#include "cli/predictqueuecommand.h"
#include "cli/queuescommand.h"
#include "cli/rollbackcommand.h"
#include "cli/showcommand.h"
#include "cli/tunecommand.h"
#include "cli/watchcommand.h"

#include <QTimer>

namespace holdline::cli {

using namespace Qt::StringLiterals;

Command::Command(CliContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // Queued, so a command may finish from inside run().
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void Command::failWith(const QString &what, const api::ApiError &error)
{
    out().error(what + u": "_s + error.message);
    finish(exitCodeFor(error));
}

Command *Command::create(CliContext *context, QObject *parent)
{
    const QString &name = context->invocation().command;
    if (name == "queues"_L1) return new QueuesCommand(context, parent);
    if (name == "show"_L1) return new ShowCommand(context, parent);
    if (name == "plan"_L1) return new PlanCommand(context, parent);
    if (name == "deploy"_L1 || name == "import"_L1) return new DeployCommand(context, parent);
    if (name == "rollback"_L1) return new RollbackCommand(context, parent);
    if (context->invocation().isHistoryMigrate()) return new HistoryMigrateCommand(context, parent);
    if (name == "history"_L1) return new HistoryCommand(context, parent);
    if (name == "metrics"_L1) return new MetricsCommand(context, parent);
    if (name == "export"_L1) return new ExportCommand(context, parent);
    if (name == "audit"_L1) return new AuditCommand(context, parent);
    if (name == "tune"_L1) return new TuneCommand(context, parent);
    if (name == "watch"_L1) return new WatchCommand(context, parent);
    if (name == "predict"_L1) return new PredictQueueCommand(context, parent);
    return nullptr;
}

} // namespace holdline::cli
