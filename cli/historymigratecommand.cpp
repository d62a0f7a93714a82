#include "cli/historymigratecommand.h"

#include "common/commandline.h"
#include "history/chainkeeper.h"
#include "history/historycopier.h"
#include "history/historystore.h"
#include "storage/databaselocation.h"
#include "storage/databasepassword.h"
#include "storage/databaseworker.h"

namespace holdline::cli {

using namespace Qt::StringLiterals;

HistoryMigrateCommand::~HistoryMigrateCommand()
{
    if (m_target)
        m_target->waitForIdle();
    delete m_checkStore;
    delete m_targetStore;
}

void HistoryMigrateCommand::run()
{
    // The personal history must be intact: a copy of a damaged chain would
    // make the team's history fail its checks from its first day.
    context()->history()->verify(this, [this](history::VerifyResult result) {
        if (!result.ok) {
            out().error(tr("the history is not intact (%1); nothing was copied. Run 'holdline-cli audit verify'.")
                            .arg(result.problem));
            finish(ExitFailure);
            return;
        }
        QString error;
        auto target = storage::DatabaseLocation::parse(invocation().migrateTo, &error);
        if (!target) { // parseInvocation checked it
            out().error(error);
            finish(ExitUsage);
            return;
        }
        target->password = invocation().migrateToPassword;
        storage::resolveDatabasePassword(*target, context()->keychain(), this,
                                         [this](storage::DatabaseLocation resolved, QString why) {
            if (!why.isEmpty()) {
                out().error(why);
                finish(ExitFailure);
                return;
            }
            openTarget(resolved);
        });
    });
}

void HistoryMigrateCommand::openTarget(const storage::DatabaseLocation &target)
{
    m_targetText = target.text();
    m_target = std::make_unique<storage::DatabaseWorker>(target);
    m_targetStore = new history::HistoryStore(m_target.get());
    connect(m_targetStore, &history::HistoryStore::openFailed, this, [this](const QString &reason) {
        out().error(tr("cannot open the team's history at %1: %2").arg(m_targetText, reason));
        finish(ExitFailure);
    });
    connect(m_targetStore, &history::HistoryStore::opened, this, &HistoryMigrateCommand::copy);
    m_targetStore->open();
}

void HistoryMigrateCommand::copy()
{
    auto *copier = new history::HistoryCopier(context()->historyDatabase(), m_target.get(), this);
    copier->copy([this, copier](history::CopyResult result) {
        copier->deleteLater();
        if (!result.error.isEmpty()) {
            out().error(tr("the history was not copied to %1: %2").arg(m_targetText, result.error));
            finish(ExitFailure);
            return;
        }
        verifyCopy(result.entries);
    });
}

void HistoryMigrateCommand::verifyCopy(int entries)
{
    // Read back as every member will open it: under the key its id names.
    m_checkStore = new history::HistoryStore(m_target.get());
    m_checkStore->setChainKeeper(new history::ChainKeeper(m_targetText, context()->keychain(), m_checkStore));
    connect(m_checkStore, &history::HistoryStore::openFailed, this, [this](const QString &reason) {
        out().error(tr("the copy could not be opened to check it: %1").arg(reason));
        finish(ExitFailure);
    });
    connect(m_checkStore, &history::HistoryStore::opened, this, [this, entries] {
        m_checkStore->verify(this, [this, entries](history::VerifyResult result) {
            const QString historyId = m_checkStore->chainKeeper()->historyId();
            if (out().isJson()) {
                out().json({{"copied"_L1, entries},
                            {"to"_L1, m_targetText},
                            {"historyId"_L1, historyId},
                            {"ok"_L1, result.ok},
                            {"keyed"_L1, result.keyed},
                            {"anchor"_L1, result.anchorId > 0 ? QJsonValue(result.anchorId) : QJsonValue()},
                            {"problem"_L1, result.problem.isEmpty() ? QJsonValue() : QJsonValue(result.problem)}});
            } else if (result.ok) {
                out().text(tr("Copied %1 entries into %2; the copy's chain is intact%3. From now on use "
                              "--history-db %2. Each member needs the chain key of history %4 in their keychain "
                              "(keychain item %5; see docs/team-history.md).")
                               .arg(entries)
                               .arg(m_targetText,
                                    result.keyed ? tr(" under the history's key, up to its anchor (entry #%1)")
                                                       .arg(result.anchorId)
                                                 : QString(),
                                    historyId, history::ChainKeeper::keychainKeyFor(historyId)));
            }
            if (!result.ok)
                out().error(tr("the copy at %1 does not verify: %2").arg(m_targetText, result.problem));
            finish(result.ok ? ExitOk : ExitFailure);
        });
    });
    m_checkStore->open();
}

} // namespace holdline::cli
