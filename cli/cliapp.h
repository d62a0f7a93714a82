#pragma once

#include "cli/invocation.h"

#include <QObject>
#include <QPointer>

namespace holdline::cli {

class CliContext;
class Command;

// The whole run of holdline-cli for one invocation: brings up the context
// (sandbox, secret, session, reconciliation), runs the command, makes sure
// the history is on disk, and emits finished(exitCode) once.
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(Invocation invocation, QObject *parent = nullptr);
    ~CliApp() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void runCommand();
    void end(int exitCode);

    CliContext *m_context;
    Command *m_command = nullptr;
    bool m_ending = false;
};

} // namespace holdline::cli
