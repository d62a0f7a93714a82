#pragma once

#include "model/finding.h"
#include "model/strategydiff.h"
#include "model/waitstrategy.h"

#include <QDate>
#include <QObject>

class QUndoStack;

namespace holdline {
class StrategyValidator;
}

namespace holdline::ui {

// The strategy being edited for one queue: what is deployed, the draft, its
// findings, and the undo stack of the edits. The editor form is bound to it;
// every change goes through a QUndoCommand.
class StrategyDraft : public QObject
{
    Q_OBJECT
public:
    // `asOf`: the tenant's date, which decides the rules in force (never the
    // wall clock: a tenant may be in another day, or simulated).
    StrategyDraft(QString queueId, QString queueName, const WaitStrategy &deployed, int version,
                  const StrategyValidator *validator, QDate asOf, QObject *parent = nullptr);

    const QString &queueId() const { return m_queueId; }
    const QString &queueName() const { return m_queueName; }
    const WaitStrategy &deployed() const { return m_deployed; }
    int version() const { return m_version; }
    const WaitStrategy &draft() const { return m_draft; }
    const QList<Finding> &findings() const { return m_findings; }
    bool isDirty() const { return m_draft != m_deployed; }
    bool hasErrors() const { return holdline::hasErrors(m_findings); }
    QList<FieldChange> changes() const { return diffStrategies(m_deployed, m_draft); }
    QUndoStack *undoStack() const { return m_undo; }

    // Pushes one command (merging with the previous edit of the same field).
    void edit(WaitStrategyField field, const QVariant &value);
    // Pushes one command that sets the whole draft (suggestion, revert).
    void replace(const WaitStrategy &strategy, const QString &text);

    // The tenant now holds this (after a deploy, a rollback or a refresh).
    void setDeployed(const WaitStrategy &strategy, int version);
    void setValidationDate(QDate asOf);
    QDate validationDate() const { return m_asOf; }
    void revalidate();

    // Used by the undo commands only.
    void applyField(WaitStrategyField field, const QVariant &value);
    void applyStrategy(const WaitStrategy &strategy);

Q_SIGNALS:
    void draftChanged();
    void deployedChanged();

private:
    QString m_queueId;
    QString m_queueName;
    WaitStrategy m_deployed;
    WaitStrategy m_draft;
    int m_version;
    const StrategyValidator *m_validator;
    QDate m_asOf;
    QList<Finding> m_findings;
    QUndoStack *m_undo;
};

} // namespace holdline::ui
