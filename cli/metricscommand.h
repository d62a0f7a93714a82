#pragma once

#include "cli/command.h"

namespace holdline::cli {

// `metrics Q [--interval D] [--granularity D]`: every contract metric of the
// queue; a metric without contacts stays null (n/a for people).
class MetricsCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;
};

} // namespace holdline::cli
