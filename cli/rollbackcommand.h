#pragma once

#include "cli/command.h"

namespace holdline::cli {

// `rollback Q [--to ENTRY [--before]] [--force]`. Without --to it undoes the
// latest completed deploy or rollback of Q (restores that entry's before
// side); with --to it restores what ENTRY left (or, with --before, what it
// found). Refuses with exit 4 when someone else changed the queue since,
// unless --force.
class RollbackCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;

private:
    void rollback(qint64 entryId, bool toBefore);
};

} // namespace holdline::cli
