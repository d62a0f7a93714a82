#include "ui/settings/preferencesdialog.h"

#include "ui/settings/appsettings.h"
#include "ui/statuscolors.h"

#include "api/endpointpolicy.h"
#include "model/policyregistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace holdline::ui {

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(AppSettings *settings, const PolicyRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    resize(980, 560);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildPolicies(registry), tr("&Policy packs"));
    tabs->addTab(buildGoal(), tr("Ser&vice goal"));
    tabs->addTab(buildGuard(), tr("&Guard"));
    tabs->addTab(buildGeneral(), tr("&Refresh"));
    tabs->addTab(buildSync(), tr("&External sync"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    checkEndpoint();
}

QWidget *PreferencesDialog::buildPolicies(const PolicyRegistry &registry)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The packs in force judge every strategy before it is deployed. "
                                "Tick the regulations that bind your contact centre and pick the variant that "
                                "applies."), page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_packs = new QTreeWidget(page);
    m_packs->setColumnCount(4);
    m_packs->setHeaderLabels({tr("Pack"), tr("Jurisdiction"), tr("In effect from"), tr("Variant")});
    m_packs->setRootIsDecorated(false);
    m_packs->setAccessibleName(tr("Policy packs"));
    m_packs->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_packs->header()->setStretchLastSection(true);
    const PolicySelection current = m_settings->policies();
    for (const PolicyPack &pack : registry.packs()) {
        auto *item = new QTreeWidgetItem(m_packs);
        item->setText(0, pack.name);
        item->setData(0, Qt::UserRole, pack.id);
        item->setToolTip(0, pack.citation + u"\n"_s + pack.description);
        item->setCheckState(0, current.contains(pack.id) ? Qt::Checked : Qt::Unchecked);
        item->setText(1, pack.jurisdiction);
        item->setText(2, pack.effectiveDate.isValid() ? QLocale().toString(pack.effectiveDate, QLocale::ShortFormat)
                                                      : tr("always"));
        if (!pack.variants.isEmpty()) {
            auto *combo = new QComboBox(m_packs);
            for (const PolicyVariant &v : pack.variants)
                combo->addItem(v.name.isEmpty() ? v.id : v.name, v.id);
            const QString chosen = current.variant(pack.id).isEmpty() ? pack.defaultVariant : current.variant(pack.id);
            combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
            combo->setAccessibleName(tr("Variant of %1").arg(pack.name));
            m_packs->setItemWidget(item, 3, combo);
            m_variants.insert(pack.id, combo);
        } else {
            item->setText(3, tr("—"));
        }
    }
    layout->addWidget(m_packs);
    if (!registry.errors().isEmpty()) {
        auto *errors = new QLabel(tr("Some pack files were not loaded:\n%1").arg(registry.errors().join(u'\n')), page);
        errors->setWordWrap(true);
        layout->addWidget(errors);
    }
    return page;
}

QWidget *PreferencesDialog::buildGuard()
{
    const deploy::DegradationGuard::Settings g = m_settings->guard();
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // numbers sized to what they hold
    const auto dspin = [page](double value, double max, const QString &suffix, int decimals) {
        auto *s = new QDoubleSpinBox(page);
        s->setRange(0, max);
        s->setDecimals(decimals);
        s->setValue(value);
        s->setSuffix(suffix);
        return s;
    };
    m_maxWait = dspin(g.rules.maxAverageWaitSeconds, 3600, tr(" s"), 0);
    m_minConversion = dspin(g.rules.minCallbackConversion * 100, 100, tr(" %"), 0);
    m_abandonRise = dspin(g.rules.maxAbandonRisePoints, 100, tr(" points"), 1);
    m_answerDrop = dspin(g.rules.maxAnswerRateDropPoints, 100, tr(" points"), 1);
    m_minContacts = new QSpinBox(page);
    m_minContacts->setRange(1, 100'000);
    m_minContacts->setValue(g.rules.minContacts);
    m_window = new QSpinBox(page);
    m_window->setRange(5, 24 * 60);
    m_window->setSuffix(tr(" min"));
    m_window->setValue(int(g.windowSeconds / 60));
    m_maxWait->setAccessibleName(tr("Guard: average wait limit"));
    m_minConversion->setAccessibleName(tr("Guard: minimum callback conversion"));
    m_abandonRise->setAccessibleName(tr("Guard: abandon rate rise limit"));
    m_answerDrop->setAccessibleName(tr("Guard: answer rate drop limit"));
    m_minContacts->setAccessibleName(tr("Guard: minimum contacts"));
    m_window->setAccessibleName(tr("Guard: window on each side of a deploy"));
    m_autoRollback = new QRadioButton(tr("Roll back automatically"), page);
    m_alertOnly = new QRadioButton(tr("Only alert me"), page);
    (g.mode == deploy::DegradationGuard::Mode::AlertOnly ? m_alertOnly : m_autoRollback)->setChecked(true);
    auto *intro = new QLabel(tr("After each deploy the guard compares the window after it with the window before. "
                                "It acts when the average wait passes the limit while fewer callbacks than the "
                                "minimum are accepted, or when abandon or answer rate move too far."), page);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("Average wait above:"), m_maxWait);
    form->addRow(tr("…with callback conversion below:"), m_minConversion);
    form->addRow(tr("Abandon rate rise over:"), m_abandonRise);
    form->addRow(tr("Answer rate drop over:"), m_answerDrop);
    form->addRow(tr("Judge only with at least (contacts):"), m_minContacts);
    form->addRow(tr("Window on each side:"), m_window);
    form->addRow(tr("On a breach:"), m_autoRollback);
    form->addRow(QString(), m_alertOnly);
    return page;
}

QWidget *PreferencesDialog::buildGeneral()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_refresh = new QSpinBox(page);
    m_refresh->setRange(2, 3600);
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setValue(m_settings->refreshSeconds());
    m_refresh->setAccessibleName(tr("Refresh interval"));
    form->addRow(tr("Refresh live metrics and charts every:"), m_refresh);
    return page;
}

// The service goal "Suggest" aims at: a target, not a rule (the packs' rules still hold).
QWidget *PreferencesDialog::buildGoal()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const ServiceGoal goal = m_settings->serviceGoal();
    m_goalAnswered = new QDoubleSpinBox(page);
    m_goalAnswered->setRange(1, 100);
    m_goalAnswered->setDecimals(0);
    m_goalAnswered->setSuffix(tr(" %"));
    m_goalAnswered->setValue(goal.answeredPercent);
    m_goalAnswered->setAccessibleName(tr("Service goal: answered share"));
    m_goalWithin = new QSpinBox(page);
    m_goalWithin->setRange(1, 3600);
    m_goalWithin->setSuffix(tr(" s"));
    m_goalWithin->setValue(goal.withinSeconds);
    m_goalWithin->setAccessibleName(tr("Service goal: answered within"));
    m_goalAbandoned = new QDoubleSpinBox(page);
    m_goalAbandoned->setRange(0, 100);
    m_goalAbandoned->setDecimals(1);
    m_goalAbandoned->setSuffix(tr(" %"));
    m_goalAbandoned->setValue(goal.maxAbandonPercent);
    m_goalAbandoned->setAccessibleName(tr("Service goal: abandoned at most"));
    auto *goalNote = new QLabel(tr("\"Suggest\" looks for the strategy that meets this goal and every policy "
                                   "pack's target with the fewest callbacks offered."), page);
    goalNote->setWordWrap(true);
    form->addRow(goalNote);
    form->addRow(tr("Answered at least:"), m_goalAnswered);
    form->addRow(tr("…within:"), m_goalWithin);
    form->addRow(tr("Abandoned at most:"), m_goalAbandoned);
    return page;
}

QWidget *PreferencesDialog::buildSync()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_endpoint = new QLineEdit(m_settings->syncEndpoint().toString(), page);
    m_endpoint->setPlaceholderText(u"https://orchestrator.example.com/hooks/holdline"_s);
    m_endpoint->setAccessibleName(tr("Sync endpoint"));
    m_endpointError = new QLabel(page);
    m_endpointError->setWordWrap(true);
    QPalette errorPalette = m_endpointError->palette();
    errorPalette.setColor(QPalette::WindowText, severityColor(FindingSeverity::Error));
    m_endpointError->setPalette(errorPalette);
    connect(m_endpoint, &QLineEdit::textChanged, this, &PreferencesDialog::checkEndpoint);
    m_secret = new QLineEdit(page);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("unchanged"));
    m_secret->setAccessibleName(tr("Signing secret"));
    m_secretNote = new QLabel(tr("The signing secret is stored in the system keychain, never in a settings file. "
                                 "Leave it empty to keep the stored one."), page);
    m_secretNote->setWordWrap(true);
    auto *intro = new QLabel(tr("After every deploy the active strategy is pushed to this endpoint; a failed push "
                                "is retried until it succeeds and never undoes the deploy."), page);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(QString(), m_endpointError);
    form->addRow(tr("&Signing secret:"), m_secret);
    form->addRow(m_secretNote);
    return page;
}

// The endpoint receives strategies signed with the secret, so it obeys the
// same rule as the tenant: https, or plain http to loopback only.
void PreferencesDialog::checkEndpoint()
{
    const QString text = m_endpoint->text().trimmed();
    QString problem;
    if (!text.isEmpty()) {
        const QUrl url(text, QUrl::StrictMode);
        problem = url.isValid() && !url.host().isEmpty() ? api::checkEndpoint(url)
                                                         : tr("\"%1\" is not a URL such as https://host/path.").arg(text);
    }
    m_endpointError->setText(problem);
    m_endpointError->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

QString PreferencesDialog::newSigningSecret() const
{
    return m_secret->text();
}

PolicySelection PreferencesDialog::selection() const
{
    PolicySelection s = PolicySelection::empty();
    for (int i = 0; i < m_packs->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_packs->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        const QString id = item->data(0, Qt::UserRole).toString();
        const QComboBox *variant = m_variants.value(id);
        s.select(id, variant ? variant->currentData().toString() : QString());
    }
    return s;
}

void PreferencesDialog::accept()
{
    m_settings->setPolicies(selection());
    deploy::DegradationGuard::Settings g;
    g.rules.maxAverageWaitSeconds = m_maxWait->value();
    g.rules.minCallbackConversion = m_minConversion->value() / 100;
    g.rules.maxAbandonRisePoints = m_abandonRise->value();
    g.rules.maxAnswerRateDropPoints = m_answerDrop->value();
    g.rules.minContacts = m_minContacts->value();
    g.windowSeconds = qint64(m_window->value()) * 60;
    g.mode = m_alertOnly->isChecked() ? deploy::DegradationGuard::Mode::AlertOnly
                                      : deploy::DegradationGuard::Mode::AutoRollback;
    m_settings->setGuard(g);
    m_settings->setRefreshSeconds(m_refresh->value());
    ServiceGoal goal;
    goal.answeredPercent = m_goalAnswered->value();
    goal.withinSeconds = m_goalWithin->value();
    goal.maxAbandonPercent = m_goalAbandoned->value();
    m_settings->setServiceGoal(goal);
    const QUrl endpoint(m_endpoint->text().trimmed());
    m_settings->setSyncEndpoint(endpoint);
    QDialog::accept();
}

} // namespace holdline::ui
