#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace holdline::history {

// What an audit entry records, and where it stands. The one place that names
// them: name() for the store, JSON and --json (stable, never translated; the
// hash chain covers it), label() for people.
enum class Action { Deploy, Rollback, Guard, Sync, Reconcile };
enum class Status {
    Pending, Completed, Failed, Conflict, Unchanged, // a deploy or rollback
    Delivered,                                       // a sync (or Failed)
    Healthy, InsufficientData, RollingBack, Alert,   // the guard's decisions
};

QString name(Action action);
QString name(Status status);
// nullopt: a name this version does not know (an entry from a newer one).
std::optional<Action> actionNamed(QStringView name);
std::optional<Status> statusNamed(QStringView name);

QString label(Action action);
QString label(Status status);
// The label of a stored name, or the name itself when it is unknown.
QString actionLabel(const QString &storedName);
QString statusLabel(const QString &storedName);

} // namespace holdline::history
