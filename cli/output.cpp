#include "cli/output.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace holdline::cli {

using namespace Qt::StringLiterals;

namespace {
void put(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
bool isUnsafe(char16_t c, bool keepLineBreaks)
{
    if (c == u'\n' || c == u'\t')
        return !keepLineBreaks;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}
} // namespace

QString neutralizeControls(const QString &text, bool keepLineBreaks)
{
    const auto unsafe = [keepLineBreaks](QChar c) { return isUnsafe(c.unicode(), keepLineBreaks); };
    if (std::none_of(text.cbegin(), text.cend(), unsafe))
        return text;
    QString safe;
    safe.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (!unsafe(c))
            safe += c;
        else if (c.unicode() <= 0xff)
            safe += u"\\x%1"_s.arg(uint(c.unicode()), 2, 16, QChar(u'0'));
        else
            safe += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
    }
    return safe;
}

namespace {
QtMessageHandler previousHandler = nullptr;

void neutralizingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    previousHandler(type, context, neutralizeControls(message));
}
} // namespace

void neutralizeLogMessages()
{
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(neutralizingHandler);
}

void Output::text(const QString &line) const
{
    if (!m_json)
        put(stdout, neutralizeControls(line) + u'\n');
}

void Output::json(const QJsonObject &object) const
{
    put(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
}

void Output::note(const QString &line) const
{
    put(stderr, neutralizeControls(line) + u'\n');
}

void Output::error(const QString &message) const
{
    put(stderr, QCoreApplication::applicationName() + u": "_s + neutralizeControls(message) + u'\n');
}

bool Output::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

ProgressBar::ProgressBar(QString label, bool enabled)
    : m_label(std::move(label))
    , m_enabled(enabled)
{
}

ProgressBar::~ProgressBar()
{
    clear();
}

void ProgressBar::update(qint64 done, qint64 total, const QString &detail)
{
    if (!m_enabled || total <= 0)
        return;
    constexpr int Width = 30;
    const qint64 clamped = std::clamp<qint64>(done, 0, total);
    const int filled = int(clamped * Width / total);
    const QString bar = QString(filled, u'#') + QString(Width - filled, u'-');
    QString line = u"\r%1 [%2] %3/%4"_s.arg(m_label, bar).arg(clamped).arg(total);
    if (!detail.isEmpty())
        line += u' ' + neutralizeControls(detail, false);
    put(stderr, line + u"\x1b[K"_s);
    m_drawn = true;
}

void ProgressBar::clear()
{
    if (m_drawn)
        put(stderr, u"\r\x1b[K"_s);
    m_drawn = false;
}

} // namespace holdline::cli
