#include "model/jsonobjectreader.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace holdline {

namespace {
// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonObjectReader)
};
} // namespace

JsonObjectReader::JsonObjectReader(const QJsonObject &object, QString path, QString *error)
    : m_object(object), m_path(std::move(path)), m_error(error)
{
    Q_ASSERT(m_error);
}

void JsonObjectReader::fail(const QString &message)
{
    if (!failed())
        *m_error = message;
}

QString JsonObjectReader::where(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

QString JsonObjectReader::elementPath(const QString &key, qsizetype index) const
{
    return where(key) + u'[' + QString::number(index) + u']';
}

bool JsonObjectReader::rejectUnknownKeys(const QStringList &known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd() && !failed(); ++it) {
        if (!known.contains(it.key()))
            fail(Text::tr("%1 is not a known key").arg(where(it.key())));
    }
    return !failed();
}

std::optional<QJsonValue> JsonObjectReader::value(const QString &key, bool required)
{
    if (failed())
        return std::nullopt;
    const QJsonValue found = m_object.value(key);
    if (found.isUndefined()) {
        if (required)
            fail(Text::tr("%1 is missing").arg(where(key)));
        return std::nullopt;
    }
    return found;
}

std::optional<QString> JsonObjectReader::string(const QString &key, bool required)
{
    const auto found = value(key, required);
    if (!found)
        return std::nullopt;
    if (!found->isString() || found->toString().trimmed().isEmpty()) {
        fail(Text::tr("%1 must be a non-empty string").arg(where(key)));
        return std::nullopt;
    }
    return found->toString();
}

std::optional<int> JsonObjectReader::integer(const QString &key, int min, int max, bool required)
{
    const auto found = value(key, required);
    if (!found)
        return std::nullopt;
    const double number = found->toDouble();
    if (!found->isDouble() || std::trunc(number) != number) {
        fail(Text::tr("%1 must be an integer").arg(where(key)));
        return std::nullopt;
    }
    if (number < min || number > max) {
        fail(Text::tr("%1 must be between %2 and %3").arg(where(key)).arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<double> JsonObjectReader::number(const QString &key, double min, double max)
{
    const auto found = value(key, true);
    if (!found)
        return std::nullopt;
    if (!found->isDouble()) {
        fail(Text::tr("%1 must be a number").arg(where(key)));
        return std::nullopt;
    }
    const double result = found->toDouble();
    if (result < min || result > max) {
        fail(Text::tr("%1 must be between %2 and %3").arg(where(key)).arg(min).arg(max));
        return std::nullopt;
    }
    return result;
}

std::optional<QJsonArray> JsonObjectReader::array(const QString &key, bool required)
{
    const auto found = value(key, required);
    if (!found)
        return std::nullopt;
    if (!found->isArray()) {
        fail(Text::tr("%1 must be an array").arg(where(key)));
        return std::nullopt;
    }
    return found->toArray();
}

std::optional<QJsonObject> JsonObjectReader::element(const QJsonArray &array, const QString &key, qsizetype index)
{
    if (!array.at(index).isObject()) {
        fail(Text::tr("%1 must be an object").arg(elementPath(key, index)));
        return std::nullopt;
    }
    return array.at(index).toObject();
}

} // namespace holdline
