#pragma once

#include "cli/command.h"

#include <QJsonObject>
#include <QMap>

namespace holdline::cli {

// `export [Q...]`: {"queues": [{"queueId", "strategy": {...}}]} sorted by
// id, keys sorted: the same tenant state always gives the same bytes, so the
// file diffs cleanly and `import` takes it back.
class ExportCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;

    // The export document of these queues (sorted by id; malformed strategies are errors).
    static QJsonObject exportDocument(const QList<QJsonObject> &queues, QStringList *errors);

private:
    void write(const QList<QJsonObject> &queues);
};

} // namespace holdline::cli
