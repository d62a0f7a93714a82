#include "cli/output.h"

#include <QCoreApplication>
#include <QJsonDocument>

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
} // namespace

void Output::text(const QString &line) const
{
    if (!m_json)
        put(stdout, line + u'\n');
}

void Output::json(const QJsonObject &object) const
{
    put(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
}

void Output::note(const QString &line) const
{
    put(stderr, line + u'\n');
}

void Output::error(const QString &message) const
{
    put(stderr, QCoreApplication::applicationName() + u": "_s + message + u'\n');
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
        line += u' ' + detail;
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
