#include "common/optionchecker.h"

#include "common/redaction.h"

namespace holdline {

using namespace Qt::StringLiterals;

std::optional<qint64> OptionChecker::checkedInteger(const QString &name, qint64 min, qint64 max)
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    const QString text = m_parser.value(name);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        fail(tr("--%1: \"%2\" is not a whole number from %3 to %4.").arg(name, text).arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

void OptionChecker::number(const QString &name, double &out, double min, double max)
{
    if (!m_parser.isSet(name))
        return;
    const QString text = m_parser.value(name);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < min || value > max) {
        fail(tr("--%1: \"%2\" is not a number from %3 to %4.").arg(name, text).arg(min, 0, 'g', 15).arg(max, 0, 'g', 15));
        return;
    }
    out = value;
}

void OptionChecker::utcTime(const QString &name, QDateTime &out)
{
    if (!m_parser.isSet(name))
        return;
    const QString text = m_parser.value(name);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || !text.endsWith(u'Z')) {
        fail(tr("--%1: \"%2\" is not a UTC time like 2026-11-25T11:00:00Z.").arg(name, text));
        return;
    }
    out = time.toUTC();
}

QUrl OptionChecker::url(const QString &name)
{
    if (!m_parser.isSet(name))
        return {};
    const QString text = m_parser.value(name);
    const QUrl url = QUrl::fromUserInput(text);
    if (text.isEmpty() || !url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1)
        || url.host().isEmpty()) {
        fail(tr("--%1: \"%2\" is not an http(s) URL.").arg(name, redactedUrlText(text)));
        return {};
    }
    return url;
}

} // namespace holdline
