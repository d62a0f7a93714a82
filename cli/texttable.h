#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace holdline::cli {

// Columns padded to their widest cell, for human output.
class TextTable
{
public:
    explicit TextTable(QStringList header) : m_header(std::move(header)) {}
    // Cells are tenant text: line breaks and other controls are neutralised,
    // so one cell is always one cell on one line.
    void addRow(QStringList cells);
    QString render() const; // no trailing newline

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace holdline::cli
