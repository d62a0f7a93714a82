#pragma once
// Every in-process sandbox a test starts comes from here, and begins at one
// pinned simulated instant unless the test names another: a busy weekday
// morning in Europe (11:00 UTC on a Wednesday), when most seeded queues take
// calls. No test may depend on the hour or the date it runs at.

#include "sandbox/sandboxtenant.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QString>
#include <QTest>

#include <memory>

namespace holdline::testsandbox {

inline QDateTime pinnedSandboxStart()
{
    return QDateTime(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC);
}

// As the CLI's --sandbox-start and holdline-sandbox's --start take it.
inline QString pinnedSandboxStartText()
{
    return pinnedSandboxStart().toString(Qt::ISODate);
}

// A sandbox tenant listening on loopback, or null when it did not start in a minute.
inline std::unique_ptr<sandbox::SandboxTenant> startSandbox(sandbox::SandboxOptions options)
{
    if (!options.simulatedStart.isValid())
        options.simulatedStart = pinnedSandboxStart();
    auto tenant = std::make_unique<sandbox::SandboxTenant>(options);
    QSignalSpy started(tenant.get(), &sandbox::SandboxTenant::started);
    QSignalSpy failed(tenant.get(), &sandbox::SandboxTenant::failed);
    tenant->start();
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 60'000) || started.isEmpty())
        return nullptr;
    return tenant;
}

} // namespace holdline::testsandbox
