#include "cli/cliapp.h"

#include "cli/clicontext.h"
#include "cli/command.h"
#include "cli/logincommand.h"
#include "common/commandline.h"

namespace holdline::cli {

CliApp::CliApp(Invocation invocation, QObject *parent)
    : QObject(parent)
    , m_context(new CliContext(std::move(invocation), this))
{
    connect(m_context, &CliContext::ready, this, &CliApp::runCommand);
    connect(m_context, &CliContext::failed, this, &CliApp::end);
}

CliApp::~CliApp()
{
    // The command uses the context's session: it goes first.
    delete m_command;
    delete m_context;
}

void CliApp::start()
{
    if (m_context->invocation().command == QLatin1String("login")) {
        m_command = new LoginCommand(m_context);
        connect(m_command, &Command::finished, this, &CliApp::end);
        m_command->run();
        return;
    }
    m_context->start();
}

void CliApp::runCommand()
{
    m_command = Command::create(m_context);
    if (!m_command) {
        m_context->output().error(tr("unknown command \"%1\".").arg(m_context->invocation().command));
        end(ExitUsage);
        return;
    }
    connect(m_command, &Command::finished, this, &CliApp::end);
    m_command->run();
}

void CliApp::end(int exitCode)
{
    if (m_ending)
        return;
    m_ending = true;
    // Guard decisions and sync attempts are appended without waiting: let
    // them reach the disk before the process ends.
    m_context->flushHistory([this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace holdline::cli
