#pragma once

#include "cli/clicontext.h"

#include <QObject>

namespace holdline::api {
struct ApiError;
}

namespace holdline::cli {

// One CLI command: run() starts it, finished(exitCode) ends it, once. No
// command waits in a nested event loop; each goes on from signals.
class Command : public QObject
{
    Q_OBJECT
public:
    explicit Command(CliContext *context, QObject *parent = nullptr);

    virtual void run() = 0;
    bool isFinished() const { return m_finished; }

    // The command for the invocation's name; null for an unknown name.
    static Command *create(CliContext *context, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    const Invocation &invocation() const { return m_context->invocation(); }
    const Output &out() const { return m_context->output(); }
    TenantSession *session() const { return m_context->session(); }
    CliContext *context() const { return m_context; }

    void finish(int exitCode);
    // Reports an API error and finishes with its exit code.
    void failWith(const QString &what, const api::ApiError &error);

private:
    CliContext *m_context;
    bool m_finished = false;
};

} // namespace holdline::cli
