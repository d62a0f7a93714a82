#pragma once

#include "cli/command.h"

namespace holdline::cli {

// `show Q`: the strategy and its findings; with --json also the whole queue.
class ShowCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;
};

} // namespace holdline::cli
