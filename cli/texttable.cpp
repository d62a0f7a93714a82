#include "cli/texttable.h"

#include "cli/output.h"

namespace holdline::cli {

void TextTable::addRow(QStringList cells)
{
    for (QString &cell : cells)
        cell = neutralizeControls(cell, false);
    m_rows.append(std::move(cells));
}

QString TextTable::render() const
{
    QList<qsizetype> widths(m_header.size(), 0);
    const auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cells.at(i).size());
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);
    const auto line = [&widths](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size() || i + 1 == widths.size();
            text += last ? cells.at(i) : cells.at(i).leftJustified(widths.value(i) + 2);
            if (last)
                break;
        }
        return text;
    };
    QStringList lines{line(m_header)};
    for (const QStringList &row : m_rows)
        lines.append(line(row));
    return lines.join(QLatin1Char('\n'));
}

} // namespace holdline::cli
