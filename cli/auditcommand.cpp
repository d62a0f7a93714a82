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
                        {"problem"_L1, result.problem.isEmpty() ? QJsonValue() : QJsonValue(result.problem)},
                        {"keyed"_L1, result.keyed},
                        {"anchor"_L1, result.anchorId > 0 ? QJsonValue(result.anchorId) : QJsonValue()},
                        {"limits"_L1, result.limits.isEmpty() ? QJsonValue() : QJsonValue(result.limits)}});
        } else if (result.ok && result.keyed) {
            out().text(tr("The history is intact: its %1 entries chain correctly under this history's key, up to "
                          "its anchor (entry #%2, kept in the keychain); none was altered, inserted or deleted.")
                           .arg(result.entries)
                           .arg(result.anchorId));
        } else if (result.ok) {
            out().text(tr("The history's %1 entries chain correctly.").arg(result.entries));
        }
        if (!result.limits.isEmpty())
            out().note(result.limits);
        if (!result.ok && result.firstBadId > 0)
            out().error(tr("the history is not intact: entry #%1 is the first bad one: %2")
                            .arg(result.firstBadId).arg(result.problem));
        else if (!result.ok)
            out().error(tr("the history cannot be trusted: %1").arg(result.problem));
        finish(result.ok ? ExitOk : ExitFailure);
    });
}

} // namespace holdline::cli
