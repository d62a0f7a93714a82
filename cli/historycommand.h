#pragma once

#include "cli/command.h"

namespace holdline::cli {

// `history [Q] [--limit N]`: this tenant's history, newest first.
class HistoryCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;
};

} // namespace holdline::cli
