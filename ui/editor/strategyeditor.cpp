#include "ui/editor/strategyeditor.h"

#include "model/strategydiff.h"

#include "session/draftprediction.h"
#include "ui/editor/predictedimpactpanel.h"
#include "ui/editor/strategydraft.h"
#include "ui/metricformat.h"
#include "ui/queues/queueavailability.h"
#include "ui/statuscolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace holdline::ui {

using namespace Qt::StringLiterals;

QString findingsHtml(const QList<Finding> &findings, const QList<predict::TargetVerdict> &verdicts)
{
    QStringList lines;
    for (const Finding &f : findings) {
        QColor color = severityColor(f.severity);
        QString label = severityLabel(f.severity);
        QString message = f.message;
        if (f.severity == FindingSeverity::NeedsPrediction) {
            const auto v = std::find_if(verdicts.cbegin(), verdicts.cend(),
                                        [&f](const predict::TargetVerdict &x) { return x.finding.ruleId == f.ruleId; });
            if (v != verdicts.cend()) {
                color = complianceColor(v->pass ? Compliance::Compliant : Compliance::Violations);
                label = v->pass ? StrategyEditor::tr("Predicted to meet") : StrategyEditor::tr("Predicted to miss");
                message = v->message;
            }
        }
        QString line = u"<span style=\"color:%1\">●</span> <b>%2:</b> %3"_s.arg(
            color.name(), label.toHtmlEscaped(), message.toHtmlEscaped());
        if (!f.citation.isEmpty())
            line += u" <i>(%1)</i>"_s.arg(f.citation.toHtmlEscaped());
        lines.append(line);
    }
    return lines.join(u"<br>"_s);
}

StrategyEditor::StrategyEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_dirty(new QLabel(this))
    , m_live(new QLabel(this))
    , m_form(new QWidget(this))
    , m_generalFindings(new QLabel(this))
    , m_diff(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_suggest(new QPushButton(tr("&Suggest"), this))
    , m_rule(new QPushButton(tr("Answer-rate &rule"), this))
    , m_prediction(new DraftPrediction(this))
    , m_impact(new PredictedImpactPanel(m_prediction, this))
    , m_revert(new QPushButton(tr("Re&vert to deployed"), this))
    , m_deploy(new QPushButton(tr("&Deploy…"), this))
    , m_scroll(new QScrollArea(this))
    , m_selectionNote(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_live->setAccessibleName(tr("Live metrics"));
    for (QLabel *l : {m_generalFindings, m_diff, m_advice, m_dirty, m_live}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (WaitStrategyField field : allWaitStrategyFields())
        buildField(form, field);

    m_rule->setToolTip(tr("The specification's rule: lower the position threshold when the live answer rate is "
                          "low, raise it when high"));
    m_deploy->setToolTip(tr("Deploy the draft to the tenant (Ctrl+Return)"));
    m_deploy->setDefault(true);
    m_rule->setAccessibleName(tr("Answer-rate rule"));
    m_rule->setObjectName(u"answerRateRule"_s);
    m_revert->setAccessibleName(tr("Revert to deployed"));
    m_deploy->setAccessibleName(tr("Deploy"));
    connect(m_rule, &QPushButton::clicked, this, &StrategyEditor::applyAnswerRateRule);
    m_suggest->setToolTip(tr("Simulate the strategies the rules allow and suggest the one that meets the service "
                             "goal (Preferences) with the fewest callbacks offered"));
    m_suggest->setAccessibleName(tr("Suggest"));
    m_suggest->setObjectName(u"suggest"_s);
    connect(m_suggest, &QPushButton::clicked, this, &StrategyEditor::suggest);
    connect(m_prediction, &DraftPrediction::changed, this, &StrategyEditor::updateSuggest);
    connect(m_prediction, &DraftPrediction::changed, this, &StrategyEditor::updateFindings);
    connect(m_prediction, &DraftPrediction::optimised, this, &StrategyEditor::applySuggestion);
    connect(m_revert, &QPushButton::clicked, this, &StrategyEditor::revert);
    connect(m_deploy, &QPushButton::clicked, this, &StrategyEditor::deploy);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_suggest);
    buttons->addWidget(m_rule);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_deploy);

    // Everything but the buttons scrolls: however many findings a queue has,
    // the editor fits a laptop's screen and Deploy stays in view.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_selectionNote->setWordWrap(true);
    m_selectionNote->setVisible(false);
    m_selectionNote->setObjectName(u"selectionNote"_s);
    layout->addWidget(m_selectionNote);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_live);
    layout->addSpacing(6);
    layout->addWidget(m_form);
    layout->addWidget(m_generalFindings);
    layout->addWidget(m_dirty);
    layout->addWidget(m_diff);
    layout->addWidget(m_advice);
    layout->addWidget(m_impact);
    layout->addStretch();
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_scroll, 1);
    outer->addLayout(buttons);

    // Tab walks the form top to bottom, then the prediction's window, then the buttons.
    QWidget *previous = nullptr;
    const auto next = [&](QWidget *widget) {
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    };
    for (WaitStrategyField field : allWaitStrategyFields())
        next(isBoolField(field) ? static_cast<QWidget *>(m_callback) : m_spins.value(field));
    for (QWidget *widget : {static_cast<QWidget *>(m_impact->windowBox()), static_cast<QWidget *>(m_suggest),
                            static_cast<QWidget *>(m_rule), static_cast<QWidget *>(m_revert),
                            static_cast<QWidget *>(m_deploy)})
        next(widget);
    setDraft(nullptr);
}

void StrategyEditor::buildField(QFormLayout *form, WaitStrategyField field)
{
    auto *box = new QWidget(m_form);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    QWidget *editor = nullptr;
    if (isBoolField(field)) {
        m_callback = new QCheckBox(tr("Offer callbacks"), box);
        connect(m_callback, &QCheckBox::toggled, this, [this, field](bool on) {
            if (m_draft)
                m_draft->edit(field, on);
        });
        editor = m_callback;
    } else {
        auto *spin = new QSpinBox(box);
        // Wide on purpose: out-of-range values are typed and explained by the validator.
        spin->setRange(0, 99'999);
        spin->setKeyboardTracking(true);
        spin->setAlignment(Qt::AlignRight);
        if (!fieldUnit(field).isEmpty())
            spin->setSuffix(u' ' + fieldUnit(field));
        spin->setMaximumWidth(spin->fontMetrics().horizontalAdvance(u"0"_s) * 14);
        connect(spin, &QSpinBox::valueChanged, this, [this, field](int value) { onSpinEdited(field, value); });
        m_spins.insert(field, spin);
        editor = spin;
    }
    editor->setAccessibleName(fieldLabel(field));
    editor->setObjectName(fieldName(field));
    v->addWidget(editor);
    auto *findings = new QLabel(box);
    findings->setWordWrap(true);
    // A wrapped label otherwise takes its height from a far narrower width and clips.
    findings->setMinimumWidth(findings->fontMetrics().averageCharWidth() * 48);
    findings->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    findings->setObjectName(fieldName(field) + u"Findings"_s);
    findings->setAccessibleName(tr("Findings for %1").arg(fieldLabel(field)));
    findings->setVisible(false);
    v->addWidget(findings);
    m_fieldFindings.insert(field, findings);
    form->addRow(fieldLabel(field) + u':', box);
}

QSpinBox *StrategyEditor::spinBox(WaitStrategyField field) const
{
    return m_spins.value(field);
}

void StrategyEditor::onSpinEdited(WaitStrategyField field, int value)
{
    if (m_draft)
        m_draft->edit(field, value);
}

void StrategyEditor::setDraft(StrategyDraft *draft)
{
    if (m_draft) {
        disconnect(m_draft, nullptr, this, nullptr);
        disconnect(m_draft->undoStack(), nullptr, this, nullptr);
    }
    m_draft = draft;
    if (draft) {
        // Advice stays on screen only while the draft is the one it was given for.
        connect(draft->undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
            if (index != m_adviceAt)
                m_advice->clear();
        });
        for (auto changed : {&StrategyDraft::draftChanged, &StrategyDraft::deployedChanged}) {
            connect(draft, changed, this, &StrategyEditor::updatePrediction);
            connect(draft, changed, this, &StrategyEditor::updateFromDraft);
        }
    }
    m_advice->clear();
    m_adviceAt = -1;
    updatePrediction();
    updateFromDraft();
}

void StrategyEditor::updatePrediction()
{
    if (!m_draft) {
        m_prediction->setDraft(std::nullopt);
        return;
    }
    m_prediction->setDraft(DraftPrediction::Draft{m_draft->queueId(), m_draft->deployed(), m_draft->draft(),
                                                  m_draft->findings(), m_draft->validationDate()});
}

void StrategyEditor::setLiveContext(const QueueMetrics &metrics, const QDateTime &tenantNow,
                                    const std::optional<OpeningHours> &hours)
{
    m_metrics = metrics;
    const QueueAvailability availability = availabilityOf(hours, tenantNow);
    if (availability.closed && !metrics.answerRate) {
        m_live->setText(tr("<b>%1</b> (%2): no contacts in the last hour.")
                            .arg(availability.label.toHtmlEscaped(), hours->timeZoneName().toHtmlEscaped()));
    } else if (!metrics.answerRate) {
        m_live->setText(tr("Last hour: no contacts, so no answer rate, abandon rate or wait to show."));
    } else {
        const QString sample = metrics.offered ? tr("Last hour, %n contact(s)", nullptr, int(*metrics.offered))
                                               : tr("Last hour");
        m_live->setText(tr("%1: answer rate <b>%2</b> · abandon rate <b>%3</b> · average wait <b>%4</b>")
                            .arg(sample, MetricFormat::percent(metrics.answerRate),
                                 MetricFormat::percent(metrics.abandonRate), MetricFormat::seconds(metrics.averageWaitTime)));
    }
    m_live->setToolTip(availability.detail);
    m_tenantNow = tenantNow;
    m_prediction->setAsOf(tenantNow.date());
    if (m_draft)
        m_draft->setValidationDate(tenantNow.date());
}

void StrategyEditor::updateFromDraft()
{
    const bool has = m_draft;
    m_form->setEnabled(has);
    m_rule->setEnabled(has && m_advisor);
    if (!has) {
        m_selectionNote->setVisible(false);
        m_title->setText(tr("No queue selected"));
        m_subtitle->setText(tr("Pick a queue in the list to edit its wait strategy."));
        m_live->clear();
        m_revert->setEnabled(false);
        m_deploy->setEnabled(false);
        for (QLabel *l : {m_generalFindings, m_diff, m_dirty})
            l->clear();
        for (QLabel *l : std::as_const(m_fieldFindings))
            l->setVisible(false);
        Q_EMIT actionsChanged();
        return;
    }
    setSelectionCount(m_selectionCount);
    m_title->setText(m_draft->queueName());
    m_subtitle->setText(tr("%1 · version %2").arg(m_draft->queueId()).arg(m_draft->version()));
    const WaitStrategy &s = m_draft->draft();
    for (auto it = m_spins.begin(); it != m_spins.end(); ++it) {
        const int value = fieldValue(s, it.key()).toInt();
        if (it.value()->value() != value) {
            const QSignalBlocker block(it.value());
            it.value()->setValue(value);
        }
    }
    if (m_callback->isChecked() != s.callbackEnabled) {
        const QSignalBlocker block(m_callback);
        m_callback->setChecked(s.callbackEnabled);
    }
    m_spins.value(WaitStrategyField::CallbackPositionThreshold)->setEnabled(s.callbackEnabled);

    updateFindings();

    const QList<FieldChange> changes = m_draft->changes();
    m_dirty->setText(changes.isEmpty() ? tr("Matches what is deployed.")
                                       : tr("<b>Not deployed:</b> %n change(s) against the tenant.", nullptr,
                                            int(changes.size())));
    QStringList lines;
    for (const FieldChange &c : changes)
        lines.append(u"• "_s + describeChange(c).toHtmlEscaped());
    m_diff->setText(lines.join(u"<br>"_s));
    m_diff->setVisible(!changes.isEmpty());
    m_revert->setEnabled(!changes.isEmpty());
    m_deploy->setEnabled(!changes.isEmpty() && !m_draft->hasErrors());
    m_deploy->setToolTip(m_draft->hasErrors() ? tr("Fix the errors above before deploying.")
                                              : tr("Deploy the draft to the tenant (Ctrl+Return)"));
    Q_EMIT actionsChanged();
}

void StrategyEditor::setSelectionCount(int count)
{
    m_selectionCount = count;
    m_selectionNote->setVisible(count > 1 && m_draft);
    if (m_selectionNote->isVisible())
        m_selectionNote->setText(tr("<b>%n queues are selected.</b> This form edits %1 only; "
                                    "Queue › Apply a strategy to the selected queues (Ctrl+B) changes them all.",
                                    nullptr, count)
                                     .arg(m_draft->queueName().toHtmlEscaped()));
}

// The draft's findings under their fields, with the prediction's verdict in
// place of "needs a prediction" once one has landed.
void StrategyEditor::updateFindings()
{
    if (!m_draft)
        return;
    const QList<Finding> &findings = m_draft->findings();
    const QList<predict::TargetVerdict> verdicts =
        m_prediction->state() == DraftPrediction::State::Estimating
                || m_prediction->state() == DraftPrediction::State::Simulated
            ? m_prediction->editedVerdicts()
            : QList<predict::TargetVerdict>();
    QList<Finding> general;
    for (const Finding &f : findings)
        if (!f.field)
            general.append(f);
    for (auto it = m_fieldFindings.begin(); it != m_fieldFindings.end(); ++it) {
        const QList<Finding> mine = findingsFor(findings, it.key());
        it.value()->setText(findingsHtml(mine, verdicts));
        it.value()->setVisible(!mine.isEmpty());
    }
    m_generalFindings->setText(findingsHtml(general, verdicts));
    m_generalFindings->setVisible(!general.isEmpty());
}

bool StrategyEditor::canDeploy() const
{
    return m_deploy->isEnabled();
}

bool StrategyEditor::canRevert() const
{
    return m_revert->isEnabled();
}

bool StrategyEditor::canSuggest() const
{
    return m_suggest->isEnabled();
}

bool StrategyEditor::canApplyRule() const
{
    return m_rule->isEnabled();
}

void StrategyEditor::revert()
{
    if (m_draft && canRevert())
        m_draft->replace(m_draft->deployed(), tr("Revert to the deployed strategy"));
}

void StrategyEditor::deploy()
{
    if (m_draft && canDeploy())
        Q_EMIT deployRequested(m_draft);
}

void StrategyEditor::setAdvisor(QueueAdvisor *advisor)
{
    m_advisor = advisor;
    m_rule->setEnabled(m_draft && m_advisor);
    Q_EMIT actionsChanged();
}

// Advice on what is deployed, given the live rate and the queue's last change
// (so a second click suggests the same, not one more step); applied to the
// draft's threshold and callback position only, keeping the user's other edits.
void StrategyEditor::applyAnswerRateRule()
{
    if (!m_draft || !m_advisor)
        return;
    const QPointer<StrategyDraft> draft = m_draft;
    m_advisor->advise(draft->queueId(), draft->deployed(), m_metrics.answerRate, m_metrics.offered, m_tenantNow, this,
                      [this, draft](const deploy::Advice &advice) {
        if (!draft || draft != m_draft)
            return; // another queue meanwhile
        // The reason carries the rate, its interval and sample: the same last hour as the header above.
        const QString text = tr("Answer-rate rule, last hour: %1").arg(advice.reason.toHtmlEscaped());
        if (advice.change) {
            WaitStrategy next = draft->draft();
            next.positionThreshold = advice.suggested.positionThreshold;
            next.callbackPositionThreshold =
                std::min(next.callbackPositionThreshold, advice.suggested.callbackPositionThreshold);
            if (next != draft->draft())
                draft->replace(next, tr("Answer-rate rule: threshold %1").arg(next.positionThreshold));
        }
        // Shown after the edit it made, so undoing that edit takes it away.
        m_adviceAt = draft->undoStack()->index();
        m_advice->setText(text);
    });
}

} // namespace holdline::ui

namespace holdline::ui {

void StrategyEditor::suggest()
{
    if (!m_prediction->canOptimise())
        return;
    m_advice->setText(tr("Suggesting: simulating the strategies the rules allow…"));
    m_prediction->optimise();
}

void StrategyEditor::updateSuggest()
{
    m_suggest->setEnabled(m_prediction->canOptimise());
    m_suggest->setText(m_prediction->isOptimising() ? tr("Suggesting…") : tr("&Suggest"));
    Q_EMIT actionsChanged();
}

// One undoable edit, like the rule's. An edit made meanwhile cancels the run,
// so the suggestion is always for the draft on screen.
void StrategyEditor::applySuggestion(const WaitStrategy &suggested, bool change, const QString &reason)
{
    if (!m_draft)
        return;
    if (change)
        m_draft->replace(suggested, tr("Suggested: %1").arg(summarizeChanges(diffStrategies(m_draft->draft(), suggested))));
    m_adviceAt = m_draft->undoStack()->index();
    m_advice->setText(tr("Suggest: %1").arg(reason.toHtmlEscaped()));
}

} // namespace holdline::ui
