#pragma once

#include "ui/queues/queuerow.h"

#include <QColor>
#include <QIcon>

namespace holdline::ui {

// The only fixed colours of the app: status badges, mid-tone so that they
// read on light and dark palettes alike.
QColor complianceColor(Compliance compliance);
QColor severityColor(FindingSeverity severity);
QColor deployMarkerColor();
QColor rollbackMarkerColor();
// The n-th line of a chart: the same in light and dark (Okabe–Ito, told apart
// with colour-blindness too), mid-tone so that it reads on either backdrop.
QColor seriesColor(int index);
// A round badge of the colour, for item views.
QIcon statusDot(const QColor &color);

} // namespace holdline::ui
