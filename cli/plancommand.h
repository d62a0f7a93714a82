#pragma once

#include "cli/command.h"

namespace holdline::cli {

// `plan Q (--set ... | --file F)`: the diff and the findings of a change;
// nothing is written. Exit 2 when the findings block it.
class PlanCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;
};

} // namespace holdline::cli
