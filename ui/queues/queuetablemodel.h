#pragma once

#include "ui/queues/queuerow.h"

#include "predict/targetevaluation.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

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
    // The deployed strategy's service targets, as predicted: they decide a
    // queue that meets every fixed rule, and a predicted miss is a violation.
    void setPredictedVerdicts(const QString &queueId, const QList<predict::TargetVerdict> &verdicts);
    // The queue has a draft that differs from what is deployed: marked in its name.
    void setEdited(const QString &queueId, bool edited);
    void appendQueues(const QList<QueueRow> &rows);
    // Replaces a row with the same id, or appends it.
    void updateQueue(const QueueRow &row);
    // The metrics of the last hour as of tenantNow, which also says which
    // queues are closed (their empty metrics are explained).
    void updateMetrics(const QHash<QString, QueueMetrics> &metrics, const QDateTime &tenantNow);
    QDateTime metricsTime() const { return m_metricsTime; }

    int rowOf(const QString &queueId) const { return m_rowById.value(queueId, -1); }
    const QueueRow *queue(const QString &queueId) const;
    const QueueRow &queueAt(int row) const { return m_rows.at(row); }
    QStringList queueIds() const;

private:
    QVariant display(const QueueRow &row, int column) const;
    QVariant sortValue(const QueueRow &row, int column) const;
    QString metricsTooltip(const QueueRow &row) const;

    QList<QueueRow> m_rows;
    QHash<QString, int> m_rowById;
    QDateTime m_metricsTime;
    QSet<QString> m_edited; // queues with a draft not deployed
};

QString complianceLabel(Compliance compliance);

} // namespace holdline::ui
