#include "model/waitstrategy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace holdline {

namespace {

struct FieldInfo
{
    QLatin1StringView name;
    QLatin1StringView jsonPath;
    const char *label; // translated in context "WaitStrategy"
};

// Indexed by WaitStrategyField.
constexpr FieldInfo fieldInfo[] = {
    {"positionThreshold"_L1, "waitStrategy.positionThreshold"_L1, QT_TRANSLATE_NOOP("WaitStrategy", "Position threshold")},
    {"callbackEnabled"_L1, "callback.enabled"_L1, QT_TRANSLATE_NOOP("WaitStrategy", "Callback")},
    {"callbackPositionThreshold"_L1, "callback.positionThreshold"_L1,
     QT_TRANSLATE_NOOP("WaitStrategy", "Callback position threshold")},
    {"abandonmentThreshold"_L1, "waitStrategy.abandonmentThreshold"_L1,
     QT_TRANSLATE_NOOP("WaitStrategy", "Abandonment threshold")},
    {"maxHoldTime"_L1, "maxHoldTime"_L1, QT_TRANSLATE_NOOP("WaitStrategy", "Maximum hold time")},
};
static_assert(std::size(fieldInfo) == WaitStrategyFieldCount);

// Named, not inline in tr(): lupdate does not see a QT_TRANSLATE_NOOP nested in a tr() call.
//: A callback setting: offered
constexpr const char *OnText = QT_TRANSLATE_NOOP("WaitStrategy", "on");
//: A callback setting: not offered
constexpr const char *OffText = QT_TRANSLATE_NOOP("WaitStrategy", "off");
//: Abbreviation of seconds, after a number
constexpr const char *SecondsText = QT_TRANSLATE_NOOP("WaitStrategy", "s");

const FieldInfo &info(WaitStrategyField field)
{
    const auto index = static_cast<int>(field);
    Q_ASSERT(index >= 0 && index < WaitStrategyFieldCount);
    return fieldInfo[index];
}

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WaitStrategy)
};

} // namespace

QList<WaitStrategyField> allWaitStrategyFields()
{
    QList<WaitStrategyField> fields;
    fields.reserve(WaitStrategyFieldCount);
    for (int i = 0; i < WaitStrategyFieldCount; ++i)
        fields.append(static_cast<WaitStrategyField>(i));
    return fields;
}

QString fieldJsonPath(WaitStrategyField field) { return info(field).jsonPath; }
QString fieldName(WaitStrategyField field) { return info(field).name; }
QString fieldLabel(WaitStrategyField field) { return Text::tr(info(field).label); }

bool isTimeField(WaitStrategyField field)
{
    return field == WaitStrategyField::AbandonmentThreshold || field == WaitStrategyField::MaxHoldTime;
}

bool isBoolField(WaitStrategyField field) { return field == WaitStrategyField::CallbackEnabled; }

QString fieldUnit(WaitStrategyField field)
{
    return isTimeField(field) ? Text::tr(SecondsText) : QString();
}

std::optional<WaitStrategyField> fieldFromName(QStringView name)
{
    for (const WaitStrategyField field : allWaitStrategyFields()) {
        if (name == info(field).name)
            return field;
    }
    return std::nullopt;
}

std::optional<WaitStrategyField> fieldFromJsonPath(QStringView path)
{
    for (const WaitStrategyField field : allWaitStrategyFields()) {
        if (path == info(field).jsonPath)
            return field;
    }
    return std::nullopt;
}

QVariant fieldValue(const WaitStrategy &strategy, WaitStrategyField field)
{
    switch (field) {
    case WaitStrategyField::PositionThreshold: return strategy.positionThreshold;
    case WaitStrategyField::CallbackEnabled: return strategy.callbackEnabled;
    case WaitStrategyField::CallbackPositionThreshold: return strategy.callbackPositionThreshold;
    case WaitStrategyField::AbandonmentThreshold: return strategy.abandonmentThreshold;
    case WaitStrategyField::MaxHoldTime: return strategy.maxHoldTime;
    case WaitStrategyField::Count: break;
    }
    Q_UNREACHABLE();
    return {};
}

bool setFieldValue(WaitStrategy &strategy, WaitStrategyField field, const QVariant &value)
{
    if (isBoolField(field)) {
        if (value.typeId() != QMetaType::Bool)
            return false;
        strategy.callbackEnabled = value.toBool();
        return true;
    }
    if (value.typeId() != QMetaType::Int)
        return false;
    const int number = value.toInt();
    switch (field) {
    case WaitStrategyField::PositionThreshold: strategy.positionThreshold = number; return true;
    case WaitStrategyField::CallbackPositionThreshold: strategy.callbackPositionThreshold = number; return true;
    case WaitStrategyField::AbandonmentThreshold: strategy.abandonmentThreshold = number; return true;
    case WaitStrategyField::MaxHoldTime: strategy.maxHoldTime = number; return true;
    case WaitStrategyField::CallbackEnabled:
    case WaitStrategyField::Count: break;
    }
    return false;
}

QString formatFieldValue(WaitStrategyField field, const QVariant &value)
{
    if (isBoolField(field))
        return value.toBool() ? Text::tr(OnText) : Text::tr(OffText);
    const QString number = QString::number(value.toInt());
    return isTimeField(field) ? number + u' ' + fieldUnit(field) : number;
}

std::optional<QVariant> parseFieldValue(WaitStrategyField field, QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    if (isBoolField(field)) {
        static const QLatin1StringView yes[] = {"true"_L1, "on"_L1, "yes"_L1, "1"_L1};
        static const QLatin1StringView no[] = {"false"_L1, "off"_L1, "no"_L1, "0"_L1};
        for (const auto word : yes) {
            if (trimmed.compare(word, Qt::CaseInsensitive) == 0)
                return QVariant(true);
        }
        for (const auto word : no) {
            if (trimmed.compare(word, Qt::CaseInsensitive) == 0)
                return QVariant(false);
        }
        if (error) {
            *error = QCoreApplication::translate("WaitStrategy", "%1 must be on or off (true/false), not \"%2\".")
                         .arg(fieldName(field), trimmed.toString());
        }
        return std::nullopt;
    }
    bool ok = false;
    const int number = trimmed.toInt(&ok, 10);
    if (!ok) {
        if (error) {
            *error = QCoreApplication::translate("WaitStrategy", "%1 must be a whole number, not \"%2\".")
                         .arg(fieldName(field), trimmed.toString());
        }
        return std::nullopt;
    }
    return QVariant(number);
}

std::optional<FieldAssignment> parseFieldAssignment(QStringView text, QString *error)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals < 0) {
        if (error) {
            *error = QCoreApplication::translate("WaitStrategy", "Expected FIELD=VALUE, got \"%1\".")
                         .arg(text.toString());
        }
        return std::nullopt;
    }
    const QStringView name = text.first(equals).trimmed();
    const auto field = fieldFromName(name);
    if (!field) {
        QStringList names;
        for (const WaitStrategyField known : allWaitStrategyFields())
            names.append(fieldName(known));
        if (error) {
            *error = QCoreApplication::translate("WaitStrategy", "Unknown field \"%1\"; the fields are %2.")
                         .arg(name.toString(), names.join(u", "_s));
        }
        return std::nullopt;
    }
    auto value = parseFieldValue(*field, text.sliced(equals + 1), error);
    if (!value)
        return std::nullopt;
    return FieldAssignment{*field, *value};
}

} // namespace holdline
