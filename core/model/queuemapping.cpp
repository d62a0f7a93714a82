#include "model/queuemapping.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace holdline {

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(QueueMapping)
};

// Splits "waitStrategy.positionThreshold" into its parent and key; a top-level
// path has an empty parent.
std::pair<QString, QString> splitPath(const QString &path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0)
        return {QString(), path};
    return {path.first(dot), path.sliced(dot + 1)};
}

class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &object) : m_object(object) {}

    QList<QueueFieldError> errors;

    // Looks up a dotted path; records an error and returns nothing when a
    // parent is not an object or the key is absent.
    std::optional<QJsonValue> lookup(const QString &path)
    {
        const auto [parent, key] = splitPath(path);
        QJsonObject container = m_object;
        if (!parent.isEmpty()) {
            const QJsonValue parentValue = m_object.value(parent);
            if (!parentValue.isObject()) {
                // Report a broken parent once, not once per child.
                if (!m_reportedParents.contains(parent)) {
                    m_reportedParents.append(parent);
                    fail(parent, parentValue.isUndefined() ? Text::tr("%1 is missing").arg(parent)
                                                           : Text::tr("%1 must be an object").arg(parent));
                }
                return std::nullopt;
            }
            container = parentValue.toObject();
        }
        const QJsonValue value = container.value(key);
        if (value.isUndefined()) {
            fail(path, Text::tr("%1 is missing").arg(path));
            return std::nullopt;
        }
        return value;
    }

    std::optional<int> readInt(const QString &path)
    {
        const auto value = lookup(path);
        if (!value)
            return std::nullopt;
        if (!value->isDouble()) {
            fail(path, Text::tr("%1 must be an integer").arg(path));
            return std::nullopt;
        }
        const double number = value->toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number) {
            fail(path, Text::tr("%1 must be an integer").arg(path));
            return std::nullopt;
        }
        if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
            fail(path, Text::tr("%1 is out of range").arg(path));
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    std::optional<bool> readBool(const QString &path)
    {
        const auto value = lookup(path);
        if (!value)
            return std::nullopt;
        if (!value->isBool()) {
            fail(path, Text::tr("%1 must be a boolean").arg(path));
            return std::nullopt;
        }
        return value->toBool();
    }

private:
    void fail(const QString &field, const QString &message) { errors.append({field, message}); }

    QJsonObject m_object;
    QStringList m_reportedParents;
};

QueueReadResult readFields(const QJsonObject &object, QString (*pathOf)(WaitStrategyField))
{
    FieldReader reader(object);
    WaitStrategy strategy;
    for (const WaitStrategyField field : allWaitStrategyFields()) {
        const QString path = pathOf(field);
        if (isBoolField(field)) {
            if (const auto value = reader.readBool(path))
                setFieldValue(strategy, field, *value);
        } else if (const auto value = reader.readInt(path)) {
            setFieldValue(strategy, field, *value);
        }
    }
    QueueReadResult result;
    result.errors = reader.errors;
    if (result.errors.isEmpty())
        result.strategy = strategy;
    return result;
}

} // namespace

QString QueueReadResult::errorString() const
{
    QStringList lines;
    for (const QueueFieldError &error : errors)
        lines.append(error.message);
    return lines.join(u'\n');
}

QueueReadResult readWaitStrategy(const QJsonObject &queue)
{
    return readFields(queue, &fieldJsonPath);
}

QJsonObject writeWaitStrategy(QJsonObject queue, const WaitStrategy &strategy)
{
    for (const WaitStrategyField field : allWaitStrategyFields()) {
        const QJsonValue value = QJsonValue::fromVariant(fieldValue(strategy, field));
        const auto [parent, key] = splitPath(fieldJsonPath(field));
        if (parent.isEmpty()) {
            queue.insert(key, value);
            continue;
        }
        // Copy, edit and put back: QJsonObject has no in-place nested edit.
        QJsonObject nested = queue.value(parent).toObject();
        nested.insert(key, value);
        queue.insert(parent, nested);
    }
    return queue;
}

QJsonObject strategyToFlatJson(const WaitStrategy &strategy)
{
    QJsonObject object;
    for (const WaitStrategyField field : allWaitStrategyFields())
        object.insert(fieldName(field), QJsonValue::fromVariant(fieldValue(strategy, field)));
    return object;
}

QueueReadResult strategyFromFlatJson(const QJsonObject &object)
{
    return readFields(object, &fieldName);
}

QByteArray canonicalJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace holdline
