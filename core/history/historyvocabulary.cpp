#include "history/historyvocabulary.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace holdline::history {

namespace {

// lupdate files these under one context, as tr() does at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryVocabulary)
};

constexpr std::array ActionNames{
    std::pair{Action::Deploy, "deploy"_L1},     std::pair{Action::Rollback, "rollback"_L1},
    std::pair{Action::Guard, "guard"_L1},       std::pair{Action::Sync, "sync"_L1},
    std::pair{Action::Reconcile, "reconcile"_L1},
};

constexpr std::array StatusNames{
    std::pair{Status::Pending, "pending"_L1},     std::pair{Status::Completed, "completed"_L1},
    std::pair{Status::Failed, "failed"_L1},       std::pair{Status::Conflict, "conflict"_L1},
    std::pair{Status::Unchanged, "unchanged"_L1}, std::pair{Status::Alert, "alert"_L1},
    std::pair{Status::Delivered, "delivered"_L1}, std::pair{Status::Healthy, "healthy"_L1},
    std::pair{Status::InsufficientData, "insufficient-data"_L1}, std::pair{Status::RollingBack, "rolling-back"_L1},
};

template<typename Enum, std::size_t N>
QString nameIn(const std::array<std::pair<Enum, QLatin1StringView>, N> &names, Enum value)
{
    for (const auto &[v, n] : names)
        if (v == value)
            return n;
    Q_UNREACHABLE();
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueIn(const std::array<std::pair<Enum, QLatin1StringView>, N> &names, QStringView name)
{
    for (const auto &[v, n] : names)
        if (name == n)
            return v;
    return std::nullopt;
}

} // namespace

QString name(Action action) { return nameIn(ActionNames, action); }
QString name(Status status) { return nameIn(StatusNames, status); }
std::optional<Action> actionNamed(QStringView name) { return valueIn(ActionNames, name); }
std::optional<Status> statusNamed(QStringView name) { return valueIn(StatusNames, name); }

QString label(Action action)
{
    switch (action) {
    case Action::Deploy: return Text::tr("Deploy");
    case Action::Rollback: return Text::tr("Rollback");
    case Action::Guard: return Text::tr("Guard");
    case Action::Sync: return Text::tr("Sync");
    case Action::Reconcile: return Text::tr("Reconcile");
    }
    Q_UNREACHABLE();
    return {};
}

QString label(Status status)
{
    switch (status) {
    case Status::Pending: return Text::tr("pending");
    case Status::Completed: return Text::tr("completed");
    case Status::Failed: return Text::tr("failed");
    case Status::Conflict: return Text::tr("conflict");
    case Status::Unchanged: return Text::tr("unchanged");
    case Status::Alert: return Text::tr("alert");
    case Status::Delivered: return Text::tr("delivered");
    case Status::Healthy: return Text::tr("healthy");
    case Status::InsufficientData: return Text::tr("not enough data");
    case Status::RollingBack: return Text::tr("rolling back");
    }
    Q_UNREACHABLE();
    return {};
}

QString actionLabel(const QString &storedName)
{
    const auto action = actionNamed(storedName);
    return action ? label(*action) : storedName;
}

QString statusLabel(const QString &storedName)
{
    const auto status = statusNamed(storedName);
    return status ? label(*status) : storedName;
}

} // namespace holdline::history
