#include "ui/metricformat.h"

#include <QLocale>

#include <cmath>

namespace holdline::ui {

QString MetricFormat::percent(const std::optional<double> &share)
{
    return share ? tr("%1 %").arg(QLocale().toString(*share * 100, 'f', 1)) : tr("—");
}

QString MetricFormat::seconds(const std::optional<double> &seconds)
{
    return seconds ? tr("%1 s").arg(QLocale().toString(*seconds, 'f', 0)) : tr("—");
}

QString MetricFormat::count(const std::optional<double> &count)
{
    return count ? QLocale().toString(qint64(std::llround(*count))) : tr("—");
}

} // namespace holdline::ui
