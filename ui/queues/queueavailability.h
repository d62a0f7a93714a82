#pragma once

#include "model/openinghours.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace holdline::ui {

// Whether a queue takes calls at the tenant's "now", in words for the list
// and the editor: a closed queue's empty metrics are explained, not "—".
struct QueueAvailability
{
    bool closed = false;
    QString label;   // "closed — opens 07:00 local"; empty while open or unknown
    QString shortLabel; // for a table cell: "closed until 07:00"
    QString detail;  // a sentence for tooltips, with the site's zone and hours
};

QueueAvailability availabilityOf(const std::optional<OpeningHours> &hours, const QDateTime &tenantNow);

} // namespace holdline::ui
