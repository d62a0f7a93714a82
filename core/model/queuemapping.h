#pragma once

#include "model/waitstrategy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace holdline {

// A problem with one field of a queue object, e.g. {"callback.enabled",
// "callback.enabled must be a boolean"}.
struct QueueFieldError
{
    QString field;   // JSON path
    QString message; // complete sentence naming the field

    friend bool operator==(const QueueFieldError &, const QueueFieldError &) = default;
};

struct QueueReadResult
{
    std::optional<WaitStrategy> strategy; // set only when errors is empty
    QList<QueueFieldError> errors;        // every problem found, in field order

    bool isOk() const { return strategy.has_value(); }
    // All messages, one per line, for a log or a dialog.
    QString errorString() const;
};

// Reads the owned fields (CONTRACT.md §2.2) from a queue object. Nothing is
// guessed: a missing field, a wrong type or a non-integral number is an error
// naming the field. Ranges are not checked here (StrategyValidator does it):
// a queue out of range on the tenant must still be readable to be fixed.
QueueReadResult readWaitStrategy(const QJsonObject &queue);

// Returns the queue with the owned fields set to the strategy's values and
// every other member — unknown keys, nested objects, arrays, other keys of
// "waitStrategy" and "callback" such as "type" — untouched. A missing or
// non-object "waitStrategy"/"callback" becomes an object with our keys.
// Suitable as a PUT body (§2.3 deletes what the body omits).
QJsonObject writeWaitStrategy(QJsonObject queue, const WaitStrategy &strategy);

// The owned fields as a flat object keyed by fieldName(), e.g. for the
// external sync payload (§5) and history entries.
QJsonObject strategyToFlatJson(const WaitStrategy &strategy);
// The inverse; errors name the flat key.
QueueReadResult strategyFromFlatJson(const QJsonObject &object);

// Compact JSON with object keys sorted at every level (QJsonObject keeps its
// keys sorted and Compact adds no whitespace), for byte-for-byte comparison.
QByteArray canonicalJson(const QJsonObject &object);

} // namespace holdline
