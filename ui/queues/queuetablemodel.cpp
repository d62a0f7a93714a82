#include "ui/queues/queuetablemodel.h"

#include "ui/metricformat.h"
#include "ui/queues/queueavailability.h"
#include "ui/statuscolors.h"

#include <QFont>
#include <QLocale>

namespace holdline::ui {

using namespace Qt::StringLiterals;

Compliance complianceOf(const QList<Finding> &findings)
{
    if (hasErrors(findings))
        return Compliance::Violations;
    if (!findingsWithSeverity(findings, FindingSeverity::Warning).isEmpty())
        return Compliance::Warnings;
    if (!findingsWithSeverity(findings, FindingSeverity::NeedsPrediction).isEmpty())
        return Compliance::Unpredicted;
    return Compliance::Compliant;
}

QString complianceLabel(Compliance compliance)
{
    switch (compliance) {
    case Compliance::Compliant: return QueueTableModel::tr("Compliant");
    case Compliance::Warnings: return QueueTableModel::tr("Warnings");
    case Compliance::Violations: return QueueTableModel::tr("Violation");
    case Compliance::Unpredicted: return QueueTableModel::tr("Not predicted");
    case Compliance::Unknown: break;
    }
    return QueueTableModel::tr("Unknown");
}

QueueTableModel::QueueTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Queue");
    case PositionThreshold: return tr("Threshold");
    case Callback: return tr("Callback");
    case MaxHold: return tr("Max hold");
    case AnswerRate: return tr("Answer rate");
    case AbandonRate: return tr("Abandon rate");
    case AverageWait: return tr("Avg wait");
    case Compliance: return tr("Compliance");
    default: return {};
    }
}

void QueueTableModel::setPredictedVerdicts(const QString &queueId, const QList<predict::TargetVerdict> &verdicts)
{
    const int r = rowOf(queueId);
    if (r < 0)
        return;
    QueueRow &row = m_rows[r];
    // A fixed rule broken stays the verdict; a predicted miss of a service
    // target is one too, and a prediction that meets them all settles the rest.
    QStringList missed, met;
    for (const predict::TargetVerdict &v : verdicts)
        (v.pass ? met : missed).append(v.message);
    ui::Compliance compliance = row.ruleCompliance;
    QString detail = row.ruleDetail;
    if (!missed.isEmpty()) {
        compliance = ui::Compliance::Violations;
        detail = (row.ruleCompliance == ui::Compliance::Violations ? row.ruleDetail + u'\n' : QString())
            + missed.join(u'\n');
    } else if (row.ruleCompliance == ui::Compliance::Unpredicted && !met.isEmpty()) {
        compliance = ui::Compliance::Compliant;
        detail = met.join(u'\n');
    }
    if (compliance == row.compliance && detail == row.complianceDetail)
        return;
    row.compliance = compliance;
    row.complianceDetail = detail;
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void QueueTableModel::setEdited(const QString &queueId, bool edited)
{
    if (edited == m_edited.contains(queueId))
        return;
    if (edited)
        m_edited.insert(queueId);
    else
        m_edited.remove(queueId);
    if (const int r = rowOf(queueId); r >= 0)
        Q_EMIT dataChanged(index(r, Name), index(r, Name), {Qt::DisplayRole, Qt::FontRole, Qt::ToolTipRole});
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::AccessibleTextRole: return display(row, index.column());
    case QueueIdRole: return row.id;
    case SortRole: return sortValue(row, index.column());
    case ComplianceRole: return int(row.compliance);
    case Qt::FontRole:
        if (index.column() == Name && m_edited.contains(row.id)) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            const QString base = row.readError.isEmpty() ? row.id : row.readError;
            return m_edited.contains(row.id) ? tr("%1 — edited, not deployed").arg(base) : base;
        }
        if (index.column() == Compliance)
            return row.complianceDetail;
        if (index.column() >= AnswerRate && index.column() <= AverageWait)
            return metricsTooltip(row);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != Name && index.column() != Compliance && index.column() != Callback)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (index.column() == Compliance)
            return statusDot(complianceColor(row.compliance));
        return {};
    default: return {};
    }
}

QVariant QueueTableModel::display(const QueueRow &row, int column) const
{
    const auto &s = row.strategy;
    switch (column) {
    case Name: {
        const QString name = row.name.isEmpty() ? row.id : row.name;
        return m_edited.contains(row.id) ? tr("✎ %1").arg(name) : name; // a draft not deployed, marked where eliding cannot hide it
    }
    case PositionThreshold: return s ? QVariant(s->positionThreshold) : QVariant(tr("?"));
    case Callback:
        if (!s)
            return tr("?");
        return s->callbackEnabled ? tr("on, beyond %1").arg(s->callbackPositionThreshold) : tr("off");
    case MaxHold: return s ? QVariant(tr("%1 s").arg(s->maxHoldTime)) : QVariant(tr("?"));
    case AnswerRate:
        if (!row.metrics.answerRate) {
            const QueueAvailability a = availabilityOf(row.hours, m_metricsTime);
            if (a.closed)
                return a.shortLabel;
        }
        return MetricFormat::percent(row.metrics.answerRate);
    case AbandonRate: return MetricFormat::percent(row.metrics.abandonRate);
    case AverageWait:
        return MetricFormat::seconds(row.metrics.averageWaitTime);
    case Compliance: return complianceLabel(row.compliance);
    default: return {};
    }
}

QString QueueTableModel::metricsTooltip(const QueueRow &row) const
{
    const QueueAvailability a = availabilityOf(row.hours, m_metricsTime);
    if (a.closed)
        return a.detail;
    if (!row.metrics.offered)
        return m_metricsTime.isValid() ? tr("No contacts in the last hour.") : QString();
    return tr("Last hour: %n contact(s) offered.", nullptr, int(*row.metrics.offered));
}

QVariant QueueTableModel::sortValue(const QueueRow &row, int column) const
{
    const auto &s = row.strategy;
    const auto metric = [](const std::optional<double> &v) { return v ? *v : -1.0; };
    switch (column) {
    case Name: return display(row, Name);
    case PositionThreshold: return s ? s->positionThreshold : -1;
    case Callback: return s ? (s->callbackEnabled ? s->callbackPositionThreshold : 0) : -1;
    case MaxHold: return s ? s->maxHoldTime : -1;
    case AnswerRate: return metric(row.metrics.answerRate);
    case AbandonRate: return metric(row.metrics.abandonRate);
    case AverageWait: return metric(row.metrics.averageWaitTime);
    case Compliance: return int(row.compliance);
    default: return {};
    }
}

void QueueTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_edited.clear();
    endResetModel();
}

void QueueTableModel::appendQueues(const QList<QueueRow> &rows)
{
    QList<QueueRow> fresh;
    for (const QueueRow &row : rows) {
        if (m_rowById.contains(row.id))
            updateQueue(row);
        else
            fresh.append(row);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const QueueRow &row : std::as_const(fresh)) {
        m_rowById.insert(row.id, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

void QueueTableModel::updateQueue(const QueueRow &row)
{
    const int r = rowOf(row.id);
    if (r < 0) {
        appendQueues({row});
        return;
    }
    QueueRow updated = row;
    if (updated.metrics.answerRate == std::nullopt && updated.metrics.abandonRate == std::nullopt
        && updated.metrics.averageWaitTime == std::nullopt && updated.metrics.offered == std::nullopt)
        updated.metrics = m_rows.at(r).metrics; // a re-read of the queue keeps its metrics
    m_rows[r] = updated;
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

void QueueTableModel::updateMetrics(const QHash<QString, QueueMetrics> &metrics, const QDateTime &tenantNow)
{
    m_metricsTime = tenantNow;
    if (m_rows.isEmpty())
        return;
    // A queue the answer leaves out had no contacts: its old figures go too.
    for (QueueRow &row : m_rows)
        row.metrics = metrics.value(row.id);
    // One signal for the metric columns: cheaper than one per row with thousands.
    Q_EMIT dataChanged(index(0, AnswerRate), index(int(m_rows.size()) - 1, AverageWait));
}

const QueueRow *QueueTableModel::queue(const QString &queueId) const
{
    const int r = rowOf(queueId);
    return r < 0 ? nullptr : &m_rows.at(r);
}

QStringList QueueTableModel::queueIds() const
{
    QStringList ids;
    ids.reserve(m_rows.size());
    for (const QueueRow &row : m_rows)
        ids.append(row.id);
    return ids;
}

} // namespace holdline::ui
