#include "ui/mainwindow.h"

#include "ui/charts/chartpanel.h"
#include "ui/connection/connectiondialog.h"
#include "ui/connection/sessioncontroller.h"
#include "ui/deploy/deploycontroller.h"
#include "ui/editor/strategydraft.h"
#include "ui/editor/strategyeditor.h"
#include "ui/help/policysourcesdialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/history/historypanel.h"
#include "ui/queues/queuecontroller.h"
#include "ui/queues/queuelistpanel.h"
#include "ui/queues/queuetablemodel.h"
#include "ui/settings/appsettings.h"
#include "ui/settings/preferencesdialog.h"
#include "ui/statuspanel.h"

#include "api/apiclient.h"
#include "common/version.h"
#include "credentials/credentialstore.h"
#include "deploy/degradationguard.h"
#include "deploy/deploymentengine.h"
#include "history/historystore.h"
#include "session/draftprediction.h"
#include "session/tenantsession.h"
#include "sync/syncoutbox.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableView>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace holdline::ui {

using namespace Qt::StringLiterals;
using Level = MessageBar::Level;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(new AppSettings(this))
    , m_credentials(new credentials::CredentialStore(this))
    , m_sessions(new SessionController(m_settings, m_credentials, this))
    , m_queueModel(new QueueTableModel(this))
    , m_queueController(new QueueController(m_queueModel, this))
    , m_undo(new QUndoGroup(this))
    , m_refresh(new QTimer(this))
    , m_messages(new MessageBar(this))
    , m_queueList(new QueueListPanel(m_queueModel, this))
    , m_tabs(new QTabWidget(this))
    , m_editor(new StrategyEditor(this))
    , m_charts(new ChartPanel(this))
    , m_history(new HistoryPanel(this))
    , m_status(new StatusPanel(this))
{
    setWindowTitle(tr("Holdline"));
    // Most of the screen, up to a size where the queue names and the editor
    // both fit; the extra width goes mostly to the list (stretch 5:4).
    const QSize available = screen()->availableGeometry().size();
    resize(std::min(1800, available.width() * 92 / 100), std::min(1040, available.height() * 92 / 100));
    m_deploys = new DeployController(m_queueModel, this);

    m_tabs->addTab(m_editor, tr("&Strategy"));
    m_tabs->addTab(m_charts, tr("&Charts"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->setAccessibleName(tr("Selected queue"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_queueList);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 4);
    split->setSizes({820, 680}); // the list shows every column at the default size
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_messages);
    layout->addWidget(split, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_status);
    createActions();

    connect(m_sessions, &SessionController::opening, this,
            [this](const QString &what) { statusBar()->showMessage(what); });
    connect(m_sessions, &SessionController::sessionReady, this, &MainWindow::onSessionReady);
    connect(m_sessions, &SessionController::failed, this, [this](const QString &reason) {
        statusBar()->clearMessage();
        showMessage(Level::Error, tr("Could not connect: %1").arg(reason));
    });
    connect(m_sessions, &SessionController::secretNeeded, this,
            [this](const ConnectionProfile &p, const QString &why) { showConnectDialog(p.name, why); });
    connect(m_credentials, &credentials::CredentialStore::keychainUnavailable, this, [this](const QString &why) {
        showMessage(Level::Warning, tr("No keychain is available (%1): secrets are kept for this session only and "
                                       "you will be asked again next time.").arg(why));
    });
    connect(m_queueList, &QueueListPanel::currentQueueChanged, this, &MainWindow::onCurrentQueueChanged);
    connect(m_queueList, &QueueListPanel::selectionChanged, this,
            [this](int count) {
                m_bulkAction->setEnabled(count > 0 && m_session);
                m_editor->setSelectionCount(count);
            });
    connect(m_queueController, &QueueController::error, this,
            [this](const QString &text) { showMessage(Level::Error, text); });
    connect(m_queueController, &QueueController::queueReloaded, this, &MainWindow::onQueueReloaded);
    connect(m_queueController, &QueueController::queuesLoaded, this, [this](int count) {
        statusBar()->showMessage(tr("%n queue(s) loaded.", nullptr, count), 4000);
        if (m_queueList->currentQueueId().isEmpty() && count > 0)
            m_queueList->view()->selectRow(0);
    });
    connect(m_queueController, &QueueController::metricsLoaded, this, [this] {
        if (const QueueRow *row = m_queueModel->queue(m_queueList->currentQueueId()))
            m_editor->setLiveContext(row->metrics, m_status->tenantNow(), row->hours);
    });
    connect(m_editor, &StrategyEditor::deployRequested, m_deploys, &DeployController::deploy);
    // What the prediction says of the deployed strategy is the list's verdict too.
    connect(m_editor->prediction(), &DraftPrediction::changed, this, [this] {
        const DraftPrediction *p = m_editor->prediction();
        StrategyDraft *draft = m_editor->draft();
        if (draft && (p->state() == DraftPrediction::State::Estimating || p->state() == DraftPrediction::State::Simulated))
            m_queueModel->setPredictedVerdicts(draft->queueId(), p->currentVerdicts());
    });
    connect(m_history, &HistoryPanel::rollbackRequested, m_deploys, &DeployController::rollback);
    connect(m_history, &HistoryPanel::entryAdded, m_charts, &ChartPanel::refreshMarkers);
    m_history->setDeployedLookup([this](const QString &queueId) -> std::optional<WaitStrategy> {
        const QueueRow *row = m_queueModel->queue(queueId);
        return row ? row->strategy : std::nullopt;
    });
    m_history->setQueueNames([this](const QString &queueId) {
        const QueueRow *row = m_queueModel->queue(queueId);
        return row ? row->name : QString();
    });
    connect(m_charts, &ChartPanel::saved, this, [this](const QString &text) { showMessage(Level::Info, text); });
    connect(m_deploys, &DeployController::message, this, &MainWindow::showMessage);
    connect(m_deploys, &DeployController::queueChanged, this, [this](const deploy::DeployOutcome &outcome) {
        m_queueController->reloadQueue(outcome.queueId);
        if (m_guard && outcome.status == deploy::DeployStatus::Deployed && outcome.entryId > 0)
            m_guard->watch(outcome.queueId, outcome.entryId, m_status->tenantNow());
    });
    connect(m_charts, &ChartPanel::error, this, [this](const QString &text) { showMessage(Level::Error, text); });
    connect(m_settings, &AppSettings::changed, this, &MainWindow::applySettings);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        m_queueController->refreshMetrics();
        m_charts->refresh();
        if (m_guard)
            m_guard->poll();
    });
}

MainWindow::~MainWindow()
{
    m_sessions->close();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(tr("&Connect…"), this, [this] { showConnectDialog(); });
    connectAction->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    QAction *prefs = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    if (prefs->shortcut().isEmpty())
        prefs->setShortcut(QKeySequence(u"Ctrl+,"_s));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Fixed texts (the menu's tooltip names the step), so the toolbar does not jump as edits come.
    QAction *undo = new QAction(tr("&Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_undo, &QUndoGroup::undo);
    connect(m_undo, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoGroup::undoTextChanged, undo, [undo](const QString &text) {
        undo->setStatusTip(text.isEmpty() ? QString() : tr("Undo: %1").arg(text));
    });
    QAction *redo = new QAction(tr("&Redo"), this);
    // The platform's redo keys, plus the other common one; a key twice is "ambiguous" and does nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &extra : {QKeySequence(u"Ctrl+Y"_s), QKeySequence(u"Ctrl+Shift+Z"_s)})
        if (!redoKeys.contains(extra))
            redoKeys.append(extra);
    redo->setShortcuts(redoKeys);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_undo, &QUndoGroup::redo);
    connect(m_undo, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoGroup::redoTextChanged, redo, [redo](const QString &text) {
        redo->setStatusTip(text.isEmpty() ? QString() : tr("Redo: %1").arg(text));
    });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *filter = edit->addAction(tr("&Filter queues"), m_queueList, &QueueListPanel::focusFilter);
    filter->setShortcut(QKeySequence::Find);

    QMenu *queue = menuBar()->addMenu(tr("&Queue"));
    m_deployAction = queue->addAction(tr("&Deploy…"), m_editor, &StrategyEditor::deploy);
    m_deployAction->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    QAction *revert = queue->addAction(tr("Re&vert to deployed"), m_editor, &StrategyEditor::revert);
    revert->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    queue->addSeparator();
    QAction *suggest = queue->addAction(tr("&Suggest a strategy for the service goal"), m_editor, &StrategyEditor::suggest);
    suggest->setShortcut(QKeySequence(u"Ctrl+T"_s));
    QAction *rule = queue->addAction(tr("Apply the answer-rate &rule"), m_editor, &StrategyEditor::applyAnswerRateRule);
    rule->setShortcut(QKeySequence(u"Ctrl+Shift+T"_s));
    // The menu offers what the editor's buttons offer, no more.
    const auto follow = [this, revert, suggest, rule] {
        m_deployAction->setEnabled(m_editor->canDeploy());
        revert->setEnabled(m_editor->canRevert());
        suggest->setEnabled(m_editor->canSuggest());
        rule->setEnabled(m_editor->canApplyRule());
    };
    connect(m_editor, &StrategyEditor::actionsChanged, this, follow);
    follow();
    queue->addSeparator();
    m_bulkAction = queue->addAction(tr("&Apply a strategy to the selected queues…"), this, [this] {
        const WaitStrategy initial = m_editor->draft() ? m_editor->draft()->draft() : WaitStrategy();
        m_deploys->bulk(m_queueList->selectedQueueIds(), initial);
    });
    m_bulkAction->setShortcut(QKeySequence(u"Ctrl+B"_s));
    m_bulkAction->setEnabled(false);
    QAction *refresh = queue->addAction(tr("&Refresh"), this, &MainWindow::refreshAll);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *a = view->addAction(m_tabs->tabText(i).remove(u'&'), this, [this, i] { m_tabs->setCurrentIndex(i); });
        a->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(i + 1)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(u"Ctrl+/"_s));
    help->addAction(tr("&Policy packs and their sources"), this, &MainWindow::showPolicySources);
    help->addSeparator();
    help->addAction(tr("&About Holdline"), this, &MainWindow::showAbout);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *a : {connectAction, refresh, undo, redo, m_deployAction, m_bulkAction, prefs})
        bar->addAction(a);
    for (QAction *a : bar->actions())
        if (!a->shortcut().isEmpty())
            a->setToolTip(u"%1 (%2)"_s.arg(a->text().remove(u'&').remove(u'…'),
                                            a->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::start()
{
    const QString last = m_settings->lastProfile();
    const std::optional<ConnectionProfile> profile = last.isEmpty() ? std::nullopt : ConnectionProfiles::find(last);
    m_sessions->open(profile.value_or(ConnectionProfiles::sandboxProfile()));
}

void MainWindow::showConnectDialog(const QString &profile, const QString &note)
{
    auto *dialog = new ConnectionDialog(m_credentials, m_sessions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!profile.isEmpty())
        dialog->selectProfile(profile, note);
    connect(dialog, &ConnectionDialog::connectRequested, this,
            [this](const ConnectionProfile &p, const QString &secret, const QString &historyPassword) {
                m_settings->setLastProfile(p.sandbox ? QString() : p.name);
                m_sessions->open(p, secret, historyPassword);
            });
    dialog->open();
}

void MainWindow::showPreferences()
{
    const PolicyRegistry registry = m_session ? m_session->policies() : PolicyRegistry::withBuiltInPacks();
    auto *dialog = new PreferencesDialog(m_settings, registry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString secret = dialog->newSigningSecret();
        const QUrl endpoint = m_settings->syncEndpoint();
        if (secret.isEmpty() || endpoint.isEmpty())
            return;
        if (m_session)
            m_session->outbox()->setSigningSecret(secret.toUtf8());
        credentials::CredentialJob *job = m_credentials->writeSecret(AppSettings::signingSecretKey(endpoint), secret);
        connect(job, &credentials::CredentialJob::finished, this, [this, job] {
            job->deleteLater();
            if (job->sessionOnly())
                showMessage(Level::Warning, tr("No keychain is available: the signing secret is kept for this "
                                               "session only."));
            else if (job->error() != credentials::CredentialJob::Error::None)
                showMessage(Level::Error, tr("The signing secret could not be stored: %1").arg(job->errorString()));
        });
    });
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPolicySources()
{
    const PolicyRegistry registry = m_session ? m_session->policies() : PolicyRegistry::withBuiltInPacks();
    auto *dialog = new PolicySourcesDialog(registry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    // Opened, not exec()'d: no nested event loop.
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Holdline"),
                                tr("<h3>Holdline %1</h3><p>Tune the wait strategies of NICE CXone queues, safely: live "
                                   "validation against hold-time rules, predicted impact, an audit trail with one-click "
                                   "rollback, and a guard that rolls back a change that degrades its queue.</p>"
                                   "<p>Built with Qt %2.</p>")
                                    .arg(holdline::version(), QString::fromLatin1(qVersion())),
                                QMessageBox::Close, this);
    box->setIconPixmap(windowIcon().pixmap(64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::onSessionReady(TenantSession *session)
{
    m_session = session;
    qDeleteAll(m_drafts);
    m_drafts.clear();
    m_editor->setDraft(nullptr);
    const ConnectionProfile &profile = m_sessions->profile();
    // The platform adds " — Holdline" (the application's display name).
    setWindowTitle(profile.name);
    statusBar()->showMessage(tr("Connected to %1.").arg(profile.name), 4000);
    m_queueController->setSession(session);
    m_deploys->setSession(session);
    m_charts->setSession(session);
    m_history->setSession(session);
    m_editor->setAdvisor(session->advisor());
    m_editor->prediction()->setClients(session->routing(), session->analytics());
    m_editor->prediction()->setPolicies(&session->policies(), &session->validator());
    m_status->setSession(session, profile.sandbox ? tr("Sandbox (%1)").arg(session->options().connection.baseUrl
                                                                                .authority())
                                                  : profile.name,
                         m_sessions->clockSpeed());
    m_guard = session->guard();
    m_guard->setSettings(m_settings->guard());
    connect(m_guard, &deploy::DegradationGuard::decided, this,
            [this](const QString &queueId, qint64, const deploy::GuardVerdict &verdict, bool rollingBack) {
                if (verdict.kind != deploy::GuardVerdict::Kind::Breach)
                    return;
                showMessage(Level::Warning, (rollingBack ? tr("%1 degraded after its deploy (%2); the guard is "
                                                              "rolling it back…")
                                                         : tr("The guard flags %1: %2"))
                                                .arg(queueName(queueId), verdict.reasons.join(u"; "_s)));
            });
    connect(m_guard, &deploy::DegradationGuard::rollbackFinished, this,
            [this](const QString &queueId, qint64, const deploy::DeployOutcome &outcome) {
                if (outcome.status == deploy::DeployStatus::Deployed)
                    showMessage(Level::Warning, tr("The guard rolled back %1: it degraded after its deploy. "
                                                   "See the history for the figures.").arg(queueName(queueId)));
                else
                    showMessage(Level::Error, tr("The guard could not roll back %1: %2. The degraded strategy "
                                                 "is still live.").arg(queueName(queueId), outcome.error));
                m_queueController->reloadQueue(queueId);
            });
    connect(session->engine(), &deploy::DeploymentEngine::reconciled, this,
            [this](const QList<deploy::Reconciliation> &results) {
                if (!results.isEmpty())
                    showMessage(Level::Warning, tr("%n change(s) interrupted last time were settled; see the history.",
                                                   nullptr, int(results.size())));
            });
    // On a team's history: a colleague's deploy or a guard's rollback made
    // elsewhere. The list shows the queue as it now is, and an edit of it in
    // progress is told that its base moved under it.
    connect(session->history(), &history::HistoryStore::entriesAppendedElsewhere, this,
            [this](const QList<history::HistoryEntry> &entries) {
                for (const history::HistoryEntry &e : entries) {
                    if (!e.isAppliedChange())
                        continue;
                    if (const StrategyDraft *d = m_drafts.value(e.queueId); d && d->isDirty())
                        showMessage(Level::Warning, tr("%1 was changed by %2 since you began editing it: your edit now "
                                                       "stands against their strategy. Review the changes before "
                                                       "deploying.").arg(queueName(e.queueId), e.actor()));
                    m_queueController->reloadQueue(e.queueId);
                }
            });
    session->engine()->reconcilePending();
    applySettings();
    m_queueController->refresh();
}

void MainWindow::applySettings()
{
    m_refresh->start(m_settings->refreshSeconds() * 1000);
    predict::StrategyOptimiser::Settings advice = m_editor->prediction()->optimiserSettings();
    advice.goal = m_settings->serviceGoal();
    m_editor->prediction()->setOptimiserSettings(advice);
    if (!m_session)
        return;
    m_session->setPolicySelection(m_settings->policies());
    m_session->setSyncEndpoint(m_settings->syncEndpoint());
    if (m_guard)
        m_guard->setSettings(m_settings->guard());
    m_queueController->recomputeCompliance();
    for (StrategyDraft *d : std::as_const(m_drafts))
        d->revalidate();
}

QString MainWindow::queueName(const QString &queueId) const
{
    const QueueRow *row = m_queueModel->queue(queueId);
    return row ? row->name : queueId;
}

StrategyDraft *MainWindow::draftFor(const QString &queueId)
{
    if (StrategyDraft *d = m_drafts.value(queueId))
        return d;
    const QueueRow *row = m_queueModel->queue(queueId);
    if (!m_session || !row || !row->strategy)
        return nullptr;
    auto *draft = new StrategyDraft(row->id, row->name, *row->strategy, row->version, &m_session->validator(),
                                    m_status->tenantNow().date(), this);
    m_undo->addStack(draft->undoStack());
    m_drafts.insert(queueId, draft);
    const auto mark = [this, draft] { m_queueModel->setEdited(draft->queueId(), draft->isDirty()); };
    connect(draft, &StrategyDraft::draftChanged, this, mark);
    connect(draft, &StrategyDraft::deployedChanged, this, mark);
    return draft;
}

void MainWindow::onCurrentQueueChanged(const QString &queueId)
{
    const QueueRow *row = m_queueModel->queue(queueId);
    StrategyDraft *draft = draftFor(queueId);
    m_undo->setActiveStack(draft ? draft->undoStack() : nullptr);
    m_editor->setDraft(draft);
    if (row) {
        m_editor->setLiveContext(row->metrics, m_status->tenantNow(), row->hours);
        if (!row->strategy)
            showMessage(Level::Error, tr("The strategy of %1 cannot be edited: %2").arg(row->name, row->readError));
        m_charts->setQueue(row->id, row->name);
    }
    m_history->setCurrentQueue(queueId);
}

void MainWindow::onQueueReloaded(const QString &queueId)
{
    const QueueRow *row = m_queueModel->queue(queueId);
    if (StrategyDraft *d = m_drafts.value(queueId); d && row && row->strategy)
        d->setDeployed(*row->strategy, row->version);
    m_history->updateActions();
}

void MainWindow::refreshAll()
{
    m_queueController->refresh();
    m_charts->refresh();
    m_history->reload();
    m_history->verify();
}

void MainWindow::showMessage(Level level, const QString &text)
{
    m_messages->showMessage(level, text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QStringList dirty;
    for (StrategyDraft *d : std::as_const(m_drafts))
        if (d->isDirty())
            dirty.append(d->queueName());
    dirty.sort(Qt::CaseInsensitive);
    if (dirty.isEmpty() || m_discardConfirmed) {
        event->accept();
        return;
    }
    // Asked without a nested event loop: the answer closes the window again.
    event->ignore();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit Holdline"),
                                tr("%n queue(s) have changes that are not deployed. Quit and discard them?", nullptr,
                                   int(dirty.size())),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setInformativeText(dirty.join(u'\n'));
    box->setDefaultButton(QMessageBox::Cancel); // a stray Enter keeps the edits
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Discard) {
            m_discardConfirmed = true;
            close();
        }
    });
    box->open();
}

} // namespace holdline::ui
