#include "ui/editor/strategydraft.h"

#include "ui/editor/editcommands.h"

#include "model/strategyvalidator.h"

#include <QUndoStack>

namespace holdline::ui {

StrategyDraft::StrategyDraft(QString queueId, QString queueName, const WaitStrategy &deployed, int version,
                             const StrategyValidator *validator, QDate asOf, QObject *parent)
    : QObject(parent)
    , m_queueId(std::move(queueId))
    , m_queueName(std::move(queueName))
    , m_deployed(deployed)
    , m_draft(deployed)
    , m_version(version)
    , m_validator(validator)
    , m_asOf(asOf)
    , m_undo(new QUndoStack(this))
{
    revalidate();
}

void StrategyDraft::edit(WaitStrategyField field, const QVariant &value)
{
    if (fieldValue(m_draft, field) == value)
        return;
    m_undo->push(new SetFieldCommand(this, field, fieldValue(m_draft, field), value));
}

void StrategyDraft::replace(const WaitStrategy &strategy, const QString &text)
{
    if (strategy == m_draft)
        return;
    m_undo->push(new ReplaceStrategyCommand(this, m_draft, strategy, text));
}

void StrategyDraft::applyField(WaitStrategyField field, const QVariant &value)
{
    setFieldValue(m_draft, field, value);
    revalidate();
}

void StrategyDraft::applyStrategy(const WaitStrategy &strategy)
{
    m_draft = strategy;
    revalidate();
}

void StrategyDraft::setDeployed(const WaitStrategy &strategy, int version)
{
    const bool followed = !isDirty() || m_draft == strategy;
    m_deployed = strategy;
    m_version = version;
    if (followed) {
        // What is deployed is what was edited: earlier edits no longer undo anything live.
        m_draft = strategy;
        m_undo->clear();
    }
    Q_EMIT deployedChanged();
    revalidate();
}

void StrategyDraft::setValidationDate(QDate asOf)
{
    if (asOf == m_asOf || !asOf.isValid())
        return;
    m_asOf = asOf;
    revalidate();
}

void StrategyDraft::revalidate()
{
    m_findings = m_validator ? m_validator->validate(m_draft, m_asOf) : QList<Finding>();
    Q_EMIT draftChanged();
}

} // namespace holdline::ui
