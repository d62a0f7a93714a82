#pragma once

#include "ui/connection/connectionprofiles.h"
#include "ui/messagebar.h"

#include "deploy/degradationguard.h"
#include "session/tenantsession.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QTabWidget;
class QTimer;
class QUndoGroup;

namespace holdline::credentials {
class CredentialStore;
}

namespace holdline::ui {

class AppSettings;
class ChartPanel;
class DeployController;
class HistoryPanel;
class QueueController;
class QueueListPanel;
class QueueTableModel;
class SessionController;
class StatusPanel;
class StrategyDraft;
class StrategyEditor;

// The supervisor's window: queues on the left; the selected queue's strategy,
// charts and history on the right; messages on top; status below. It wires
// panels to core and holds no logic of its own beyond that.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the last profile, or the Sandbox at first launch.
    void start();

    SessionController *sessions() const { return m_sessions; }
    QueueTableModel *queueModel() const { return m_queueModel; }
    QueueController *queueController() const { return m_queueController; }
    QueueListPanel *queueList() const { return m_queueList; }
    StrategyEditor *editor() const { return m_editor; }
    ChartPanel *charts() const { return m_charts; }
    HistoryPanel *history() const { return m_history; }
    MessageBar *messageBar() const { return m_messages; }
    QTabWidget *tabs() const { return m_tabs; }
    StrategyDraft *draftFor(const QString &queueId);

public Q_SLOTS:
    void showConnectDialog(const QString &profile = {}, const QString &note = {});
    void showPreferences();
    void showShortcuts();
    void showPolicySources();
    void showAbout();
    void refreshAll();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void onSessionReady(TenantSession *session);
    void onCurrentQueueChanged(const QString &queueId);
    void onQueueReloaded(const QString &queueId);
    void applySettings();
    void showMessage(MessageBar::Level level, const QString &text);
    QString queueName(const QString &queueId) const;

    AppSettings *m_settings;
    credentials::CredentialStore *m_credentials;
    SessionController *m_sessions;
    QPointer<TenantSession> m_session;
    QueueTableModel *m_queueModel;
    QueueController *m_queueController;
    QUndoGroup *m_undo;
    QHash<QString, StrategyDraft *> m_drafts;
    DeployController *m_deploys;
    QPointer<deploy::DegradationGuard> m_guard;
    QTimer *m_refresh;
    MessageBar *m_messages;
    QueueListPanel *m_queueList;
    QTabWidget *m_tabs;
    StrategyEditor *m_editor;
    ChartPanel *m_charts;
    HistoryPanel *m_history;
    StatusPanel *m_status;
    QAction *m_deployAction = nullptr;
    QAction *m_bulkAction = nullptr;
    bool m_discardConfirmed = false;
};

} // namespace holdline::ui
