#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace holdline {

// Reads option values with their allowed ranges and collects every problem,
// so one run of an executable names them all instead of the first only.
class OptionChecker
{
    Q_DECLARE_TR_FUNCTIONS(holdline::OptionChecker)
public:
    explicit OptionChecker(const QCommandLineParser &parser) : m_parser(parser) {}

    template<typename T>
    void integer(const QString &name, T &out, qint64 min, qint64 max)
    {
        if (const auto value = checkedInteger(name, min, max))
            out = T(*value);
    }
    void number(const QString &name, double &out, double min, double max);
    template<typename T>
    void integer(const QCommandLineOption &option, T &out, qint64 min, qint64 max)
    {
        integer(option.names().constFirst(), out, min, max);
    }
    void number(const QCommandLineOption &option, double &out, double min, double max)
    {
        number(option.names().constFirst(), out, min, max);
    }
    // An http(s) URL with a host; empty when the option is absent or wrong.
    QUrl url(const QString &name);
    // An ISO-8601 date and time in UTC ("2026-11-25T11:00:00Z"); left as it
    // is when the option is absent, an error when it is not that.
    void utcTime(const QString &name, QDateTime &out);
    void utcTime(const QCommandLineOption &option, QDateTime &out) { utcTime(option.names().constFirst(), out); }

    void fail(const QString &message) { m_errors.append(message); }
    const QStringList &errors() const { return m_errors; }

private:
    std::optional<qint64> checkedInteger(const QString &name, qint64 min, qint64 max);

    const QCommandLineParser &m_parser;
    QStringList m_errors;
};

} // namespace holdline
