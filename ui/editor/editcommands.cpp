#include "ui/editor/editcommands.h"

#include "ui/editor/strategydraft.h"

#include <QCoreApplication>

namespace holdline::ui {

SetFieldCommand::SetFieldCommand(StrategyDraft *draft, WaitStrategyField field, QVariant before, QVariant after)
    : m_draft(draft)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    updateText();
}

void SetFieldCommand::updateText()
{
    setText(QCoreApplication::translate("SetFieldCommand", "Set %1 to %2")
                .arg(fieldLabel(m_field), formatFieldValue(m_field, m_after)));
}

void SetFieldCommand::undo() { m_draft->applyField(m_field, m_before); }
void SetFieldCommand::redo() { m_draft->applyField(m_field, m_after); }

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other); // same id(): same type and field
    if (next->m_draft != m_draft || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    updateText();
    // Typed back to where it started: nothing left to undo.
    setObsolete(m_after == m_before);
    return true;
}

ReplaceStrategyCommand::ReplaceStrategyCommand(StrategyDraft *draft, const WaitStrategy &before,
                                               const WaitStrategy &after, const QString &text)
    : m_draft(draft)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

void ReplaceStrategyCommand::undo() { m_draft->applyStrategy(m_before); }
void ReplaceStrategyCommand::redo() { m_draft->applyStrategy(m_after); }

} // namespace holdline::ui
