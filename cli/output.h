#pragma once

#include <QJsonObject>
#include <QString>

namespace holdline::cli {

// Tenant text made safe for a terminal: control characters (C0 but, when
// keepLineBreaks, tab and newline; DEL; C1) and bidirectional overrides are
// shown as \xNN / \uNNNN, so a queue name cannot retitle the window, clear
// the screen, move the cursor or fake a table row. JSON output stays exact.
QString neutralizeControls(const QString &text, bool keepLineBreaks = true);

// Routes Qt's log messages (which quote tenant answers) through
// neutralizeControls before the default handler writes them to stderr.
void neutralizeLogMessages();

// Where a command's words go: with --json only machine-readable JSON reaches
// stdout; human text goes to stdout otherwise; errors and notes always go to
// stderr, so a pipe never mixes them into the data.
class Output
{
public:
    explicit Output(bool json) : m_json(json) {}

    bool isJson() const { return m_json; }
    // Human text on stdout; dropped with --json.
    void text(const QString &line) const;
    // One JSON document on stdout (compact, keys sorted, one line).
    void json(const QJsonObject &object) const;
    // Human notes on stderr (also with --json: stderr is for people).
    void note(const QString &line) const;
    // "holdline-cli: <message>" on stderr.
    void error(const QString &message) const;

    // True when stderr is a terminal: only then is a progress bar drawn.
    static bool stderrIsTerminal();

private:
    bool m_json;
};

// A one-line progress bar on stderr, redrawn in place; silent unless stderr
// is a terminal, so logs and pipes never fill with carriage returns.
class ProgressBar
{
public:
    explicit ProgressBar(QString label, bool enabled = Output::stderrIsTerminal());
    ~ProgressBar();

    void update(qint64 done, qint64 total, const QString &detail = {});
    void clear();

private:
    QString m_label;
    bool m_enabled;
    bool m_drawn = false;
};

} // namespace holdline::cli
