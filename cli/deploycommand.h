#pragma once

#include "cli/command.h"
#include "deploy/deploytypes.h"

#include <QHash>
#include <QJsonObject>

namespace holdline::deploy {
class BulkDeployment;
}

namespace holdline::cli {

class StrategyFile;

// `deploy Q... | --all [--match R]` with --set/--file, and `import F` (the
// same from an export file): a BulkDeployment with a per-queue result and a
// summary; queues already at the target are reported unchanged, not written.
class DeployCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;

private:
    void listAllQueues();
    // listed: queues as the listing gave them, deployed from that copy.
    void deployTo(const QStringList &queueIds, const QHash<QString, QJsonObject> &listed = {});
    void onFinished(deploy::BulkDeployment *bulk);
    void report(const QList<deploy::DeployOutcome> &outcomes, const QJsonArray &syncs);

    std::shared_ptr<StrategyFile> m_file;
};

} // namespace holdline::cli
