#pragma once

#include "cli/command.h"

namespace holdline::cli {

// `queues`: every queue with its strategy, as a table or {"queues": [...]}.
class QueuesCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;
};

} // namespace holdline::cli
