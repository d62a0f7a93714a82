#pragma once

#include "queuerow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace holdline::ui {

// The tenant's queues with their strategy, live metrics and compliance.
// Rows arrive in chunks (appendQueues) so that thousands never stall the UI.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, PositionThreshold, Callback, MaxHold, AnswerRate, AbandonRate, AverageWait, Compliance,
                  ColumnCount };
    Q_ENUM(Column)
    enum Role { QueueIdRole = Qt::UserRole + 1, SortRole, ComplianceRole };

    explicit QueueTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void appendQueues(const QList<QueueRow> &rows);
    // Replaces a row with the same id, or appends it.
    void updateQueue(const QueueRow &row);
    void updateMetrics(const QHash<QString, QueueMetrics> &metrics);

    int rowOf(const QString &queueId) const { return m_rowById.value(queueId, -1); }
    const QueueRow *queue(const QString &queueId) const;
    const QueueRow &queueAt(int row) const { return m_rows.at(row); }
    QStringList queueIds() const;

private:
    QVariant display(const QueueRow &row, int column) const;
    QVariant sortValue(const QueueRow &row, int column) const;

    QList<QueueRow> m_rows;
    QHash<QString, int> m_rowById;
};

QString complianceLabel(Compliance compliance);

} // namespace holdline::ui
