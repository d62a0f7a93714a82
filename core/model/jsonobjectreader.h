#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace holdline {

// Reads typed members of one JSON object for a strict file format, naming the
// member by its path in every message ("rules[2].max must be an integer"). The
// first problem wins: once one read has failed, later reads return nothing, so
// a parser can read on and check failed() once.
class JsonObjectReader
{
public:
    // `path` is the object's own path ("" for the root); `error` receives the
    // first problem and must outlive the reader.
    JsonObjectReader(const QJsonObject &object, QString path, QString *error);

    bool failed() const { return !m_error->isEmpty(); }
    void fail(const QString &message);

    QString where(const QString &key) const;
    QString elementPath(const QString &key, qsizetype index) const;

    // Fails on the first member not in `known`.
    bool rejectUnknownKeys(const QStringList &known);

    // Each returns nothing when the member is absent (failing if required) or invalid.
    std::optional<QJsonValue> value(const QString &key, bool required);
    std::optional<QString> string(const QString &key, bool required = true); // non-empty
    std::optional<int> integer(const QString &key, int min, int max, bool required = true);
    std::optional<double> number(const QString &key, double min, double max);
    std::optional<QJsonArray> array(const QString &key, bool required = true);
    // Element `index` of the array member `key`, which must be an object.
    std::optional<QJsonObject> element(const QJsonArray &array, const QString &key, qsizetype index);

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

} // namespace holdline
