#pragma once

#include "cli/command.h"
#include "storage/databaseworker.h"

#include <memory>

namespace holdline::credentials {
class CredentialStore;
}
namespace holdline::history {
class ChainKeeper;
class HistoryStore;
struct VerifyResult;
}
namespace holdline::storage {
struct DatabaseLocation;
}

namespace holdline::cli {

// `history migrate --to postgresql://...`: copies this history (--history-db
// or the default file) into a team's empty PostgreSQL history, chain intact:
// the source must verify first, the copy is checked after, under the same
// key (found by the history's id in the keychain).
class HistoryMigrateCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ~HistoryMigrateCommand() override;
    void run() override;

private:
    void openTarget(const storage::DatabaseLocation &target);
    void copy();
    void verifyCopy(int entries);

    QString m_targetText;
    std::unique_ptr<storage::DatabaseWorker> m_target;
    history::HistoryStore *m_targetStore = nullptr;   // migrates the target, no key: nothing is keyed by it
    history::HistoryStore *m_checkStore = nullptr;    // reads the copy back under its key
};

} // namespace holdline::cli
