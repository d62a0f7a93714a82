#pragma once

#include "ui/queues/queuerow.h"

#include "deploy/thresholdadvisor.h"
#include "predict/targetevaluation.h"
#include "session/queueadvisor.h"
#include "ui/editor/strategydraft.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace holdline {
class DraftPrediction;
}

namespace holdline::ui {

class PredictedImpactPanel;

// The form of one queue's wait strategy, bound to a StrategyDraft: each field
// shows its findings (message and citation) as the user types, the changes
// against what is deployed, and Deploy is enabled only while no error stands.
// Below it, the predicted impact of the edits, and advice: "Suggest" (the
// service-goal advisor: the strategy meeting the goal with the fewest
// callbacks) and "Answer-rate rule" (the specification's rule on the live rate).
class StrategyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StrategyEditor(QWidget *parent = nullptr);

    void setDraft(StrategyDraft *draft);
    StrategyDraft *draft() const { return m_draft; }
    // The queue's live metrics (shown, and the answer rate for the
    // answer-rate rule) and the tenant's time (the advisor's cooldown, rules' dates).
    // The queue's last hour as of tenantNow; its hours explain empty metrics.
    void setLiveContext(const QueueMetrics &metrics, const QDateTime &tenantNow,
                        const std::optional<OpeningHours> &hours = std::nullopt);

    // The session's advisor, for the answer-rate rule (disabled without one).
    void setAdvisor(QueueAdvisor *advisor);

    QPushButton *deployButton() const { return m_deploy; }
    QPushButton *revertButton() const { return m_revert; }
    QSpinBox *spinBox(WaitStrategyField field) const;
    QLabel *findingsLabel(WaitStrategyField field) const { return m_fieldFindings.value(field); }
    QLabel *adviceLabel() const { return m_advice; }
    QPushButton *suggestButton() const { return m_suggest; }
    QPushButton *ruleButton() const { return m_rule; }
    DraftPrediction *prediction() const { return m_prediction; }
    PredictedImpactPanel *impactPanel() const { return m_impact; }

    // Several queues are selected in the list: the editor says which one it shows.
    void setSelectionCount(int count);
    QLabel *selectionNote() const { return m_selectionNote; }

    // What the buttons offer now, for the window's menu actions.
    bool canDeploy() const;
    bool canRevert() const;
    bool canSuggest() const;
    bool canApplyRule() const;

public Q_SLOTS:
    // The service-goal advisor, on the draft (simulated on a worker thread).
    void suggest();
    // The specification's answer-rate rule, on the live answer rate.
    void applyAnswerRateRule();
    void revert();
    void deploy();

Q_SIGNALS:
    void deployRequested(holdline::ui::StrategyDraft *draft);
    void message(const QString &text);
    // canDeploy() and its siblings may have changed.
    void actionsChanged();

private:
    void buildField(QFormLayout *form, WaitStrategyField field);
    void updateFromDraft();
    void updatePrediction();
    void updateFindings();
    void onSpinEdited(WaitStrategyField field, int value);
    void updateSuggest();
    void applySuggestion(const WaitStrategy &suggested, bool change, const QString &reason);

    QPointer<StrategyDraft> m_draft;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_dirty;
    QLabel *m_live;
    QWidget *m_form;
    QHash<WaitStrategyField, QSpinBox *> m_spins;
    QCheckBox *m_callback = nullptr;
    QHash<WaitStrategyField, QLabel *> m_fieldFindings;
    QLabel *m_generalFindings;
    QLabel *m_diff;
    QLabel *m_advice;
    QPushButton *m_suggest;
    QPushButton *m_rule;
    DraftPrediction *m_prediction;
    PredictedImpactPanel *m_impact;
    QPushButton *m_revert;
    QPushButton *m_deploy;
    QScrollArea *m_scroll;
    QLabel *m_selectionNote;
    int m_selectionCount = 0;
    int m_adviceAt = -1; // the undo index the advice on screen was applied at
    QueueMetrics m_metrics;
    QDateTime m_tenantNow;
    QPointer<QueueAdvisor> m_advisor;
};

// "● message (citation)" lines for a label, coloured by severity.
// A target only a prediction can judge shows its predicted verdict when one is given.
QString findingsHtml(const QList<Finding> &findings, const QList<predict::TargetVerdict> &verdicts = {});

} // namespace holdline::ui
