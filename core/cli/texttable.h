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
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    QString render() const; // no trailing newline

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace holdline::cli
