#pragma once

#include "model/waitstrategy.h"

#include <QUndoCommand>
#include <QVariant>

namespace holdline::ui {

class StrategyDraft;

// One edit of one field. Consecutive edits of the same field merge, so
// typing "240" is one undo step, not three.
class SetFieldCommand : public QUndoCommand
{
public:
    static constexpr int IdBase = 0x4800;

    SetFieldCommand(StrategyDraft *draft, WaitStrategyField field, QVariant before, QVariant after);

    void undo() override;
    void redo() override;
    int id() const override { return IdBase + static_cast<int>(m_field); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void updateText();

    StrategyDraft *m_draft;
    WaitStrategyField m_field;
    QVariant m_before;
    QVariant m_after;
};

// Sets the whole strategy at once (a suggestion, a revert): one undo step.
class ReplaceStrategyCommand : public QUndoCommand
{
public:
    ReplaceStrategyCommand(StrategyDraft *draft, const WaitStrategy &before, const WaitStrategy &after,
                           const QString &text);

    void undo() override;
    void redo() override;

private:
    StrategyDraft *m_draft;
    WaitStrategy m_before;
    WaitStrategy m_after;
};

} // namespace holdline::ui
