#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace holdline::ui {

// A metric as the app shows it everywhere: a share as "82.3 %", a wait as
// "42 s", a count whole; "—" when there is none (no contacts).
struct MetricFormat
{
    Q_DECLARE_TR_FUNCTIONS(MetricFormat)
public:
    static QString percent(const std::optional<double> &share); // 0..1
    static QString seconds(const std::optional<double> &seconds);
    static QString count(const std::optional<double> &count);
};

} // namespace holdline::ui
