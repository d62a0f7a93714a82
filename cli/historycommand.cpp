#include "cli/historycommand.h"

#include "cli/clijson.h"
#include "cli/texttable.h"
#include "common/commandline.h"
#include "history/historystore.h"
#include "session/tenantsession.h"

#include <QJsonArray>

namespace holdline::cli {

using namespace Qt::StringLiterals;

void HistoryCommand::run()
{
    history::HistoryFilter filter;
    filter.tenant = session()->tenantKey();
    filter.queueId = invocation().arguments.value(0);
    filter.limit = invocation().limit;
    session()->history()->entries(filter, this, [this](QList<history::HistoryEntry> entries, QString error) {
        if (!error.isEmpty()) {
            out().error(tr("cannot read the history: %1").arg(error));
            finish(ExitFailure);
            return;
        }
        if (out().isJson()) {
            QJsonArray array;
            for (const history::HistoryEntry &e : std::as_const(entries))
                array.append(historyEntryToJson(e));
            out().json({{"entries"_L1, array}});
        } else if (entries.isEmpty()) {
            out().text(context()->sandbox()
                           ? tr("No history for this tenant yet. (Each --sandbox run is a new tenant; run "
                                "holdline-sandbox and use --base-url to keep one across commands.)")
                           : tr("No history for this tenant yet."));
        } else {
            TextTable table({tr("ID"), tr("TIME (UTC)"), tr("ACTION"), tr("QUEUE"), tr("STATUS"), tr("ACTOR"), tr("MESSAGE")});
            for (const history::HistoryEntry &e : std::as_const(entries))
                table.addRow({QString::number(e.id), e.time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.action,
                              e.queueId, e.status, e.actor(), e.message});
            out().text(table.render());
        }
        finish(ExitOk);
    });
}

} // namespace holdline::cli
