#include "cli/auditcommand.h"

#include "common/commandline.h"
#include "history/historystore.h"

namespace holdline::cli {

using namespace Qt::StringLiterals;

void AuditCommand::run()
{
    context()->history()->verify(this, [this](history::VerifyResult result) {
        if (out().isJson()) {
            out().json({{"ok"_L1, result.ok},
                        {"entries"_L1, result.entries},
                        {"firstBad"_L1, result.ok ? QJsonValue() : QJsonValue(result.firstBadId)},
                        {"problem"_L1, result.problem.isEmpty() ? QJsonValue() : QJsonValue(result.problem)}});
        } else if (result.ok) {
            out().text(tr("The history is intact: its %1 entries chain correctly; none was altered, inserted or deleted.")
                           .arg(result.entries));
        }
        if (!result.ok)
            out().error(tr("the history is not intact: entry #%1 is the first bad one: %2")
                            .arg(result.firstBadId).arg(result.problem));
        finish(result.ok ? ExitOk : ExitFailure);
    });
}

} // namespace holdline::cli
