#pragma once

#include "cli/command.h"

namespace holdline::cli {

// `audit verify`: walks the history's hash chain; {"ok", "entries",
// "firstBad"}, exit 1 when an entry was altered, inserted or deleted.
class AuditCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;
};

} // namespace holdline::cli
