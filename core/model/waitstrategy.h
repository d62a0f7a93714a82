#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace holdline {

// The wait-strategy fields Holdline owns on a queue (CONTRACT.md §2.2); what
// they do is §2.4. A plain value: validation lives in StrategyValidator.
struct WaitStrategy
{
    int positionThreshold = 10;         // active while more than this many wait
    bool callbackEnabled = true;
    int callbackPositionThreshold = 5;  // offer when joining beyond this position
    int abandonmentThreshold = 120;     // s; time offer, 0 = off
    int maxHoldTime = 180;              // s; hard limit

    friend bool operator==(const WaitStrategy &, const WaitStrategy &) = default;
};

// One enumerator per owned field, in display order; the sentinel counts them.
enum class WaitStrategyField {
    PositionThreshold,
    CallbackEnabled,
    CallbackPositionThreshold,
    AbandonmentThreshold,
    MaxHoldTime,
    Count
};

inline constexpr int WaitStrategyFieldCount = static_cast<int>(WaitStrategyField::Count);

// Every field, in display order, for loops.
QList<WaitStrategyField> allWaitStrategyFields();

// Dotted path of the field in a queue object, e.g. "callback.enabled".
QString fieldJsonPath(WaitStrategyField field);
// Name used by the CLI (--set NAME=VALUE), settings and policy files.
QString fieldName(WaitStrategyField field);
// Translated label for people, e.g. "Position threshold".
QString fieldLabel(WaitStrategyField field);
// Unit suffix for people ("s" for times, empty otherwise); translated.
QString fieldUnit(WaitStrategyField field);
bool isTimeField(WaitStrategyField field);
bool isBoolField(WaitStrategyField field);

std::optional<WaitStrategyField> fieldFromName(QStringView name);
std::optional<WaitStrategyField> fieldFromJsonPath(QStringView path);

// The field as a QVariant: int, or bool for callbackEnabled.
QVariant fieldValue(const WaitStrategy &strategy, WaitStrategyField field);
// Sets the field from an int or bool variant (strings are not converted:
// callers parse text with parseFieldValue). False when the type does not fit.
bool setFieldValue(WaitStrategy &strategy, WaitStrategyField field, const QVariant &value);
// A value formatted for people: "10", "120 s", "on"/"off".
QString formatFieldValue(WaitStrategyField field, const QVariant &value);

struct FieldAssignment
{
    WaitStrategyField field = WaitStrategyField::PositionThreshold;
    QVariant value;
};

// Parses text typed by a user for one field: integers in decimal, booleans as
// true/false, on/off, yes/no or 1/0. Ranges are the validator's business.
std::optional<QVariant> parseFieldValue(WaitStrategyField field, QStringView text, QString *error = nullptr);
// Parses "FIELD=VALUE" (FIELD a fieldName()), e.g. "maxHoldTime=240".
std::optional<FieldAssignment> parseFieldAssignment(QStringView text, QString *error = nullptr);

} // namespace holdline
