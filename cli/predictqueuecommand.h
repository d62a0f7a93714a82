#pragma once

#include "cli/command.h"

namespace holdline::cli {

// `predict QUEUE [--set FIELD=VALUE...] [--interval D]`: calibrates the queue
// from its recent metrics, then compares its current strategy with the edited
// one on the simulation and judges the policies' service targets. Nothing is
// written. (`predict --arrivals-per-hour ...` is answered by Erlang A alone,
// before any tenant is needed: see predict::PredictCommand.)
class PredictQueueCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;
};

} // namespace holdline::cli
