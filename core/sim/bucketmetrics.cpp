// PLACEHOLDER until the simulation lands (issue 4).
#include "sim/bucketmetrics.h"

namespace holdline::sim {
BucketMetrics &BucketMetrics::operator+=(const BucketMetrics &) { return *this; }
MetricsWindow::MetricsWindow(std::span<const BucketMetrics>, qint64) {}
std::optional<double> MetricsWindow::value(const QString &) const { return std::nullopt; }
const QStringList &MetricsWindow::metricNames() { static const QStringList names; return names; }
} // namespace holdline::sim
