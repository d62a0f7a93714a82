#pragma once
// The simulated instant every sandbox a test starts begins at, whatever the
// wall clock says: a busy weekday morning in Europe (11:00 UTC on a
// Wednesday), when most seeded queues take calls. No test may depend on the
// hour or the date it runs at.

#include <QDateTime>
#include <QString>

namespace holdline::testtime {

inline QDateTime pinnedSandboxStart()
{
    return QDateTime(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC);
}

// As the CLI's --sandbox-start and holdline-sandbox's --start take it.
inline QString pinnedSandboxStartText()
{
    return pinnedSandboxStart().toString(Qt::ISODate);
}

} // namespace holdline::testtime
