#pragma once

#include "history/historyentry.h"
#include "history/historystore.h"
#include "session/tenantsession.h"

#include <QPointer>
#include <QWidget>

#include <algorithm>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;


namespace holdline::ui {

class HistoryModel;

// The audit trail of this tenant: every entry, the full diff of the selected
// one, one-click rollback, and whether the hash chain is intact.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void setSession(TenantSession *session);
    void setCurrentQueue(const QString &queueId);
    // What a queue runs now (as listed), so a rollback that would change
    // nothing is not offered; nullopt: not known.
    using DeployedLookup = std::function<std::optional<WaitStrategy>(const QString &queueId)>;
    void setDeployedLookup(DeployedLookup lookup) { m_deployedOf = std::move(lookup); }
    // Queue names for the list and the details (ids when a queue has none).
    void setQueueNames(std::function<QString(const QString &queueId)> nameOf);
    QCheckBox *allTenantsBox() const { return m_allTenants; }
    QCheckBox *onlyQueueBox() const { return m_onlyQueue; }
    QLabel *elsewhereLabel() const { return m_elsewhere; }
    // A queue's deployed strategy changed: the buttons follow.
    void updateActions();
    // Entries read per page: the newest page on reload, an older one each
    // time the list is scrolled to its end (default 500).
    void setPageSize(int entries) { m_pageSize = std::max(1, entries); }
    int pageSize() const { return m_pageSize; }
    void reload();
    void verify();

    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *rollbackButton() const { return m_rollBack; }
    QPushButton *restoreBeforeButton() const { return m_restoreBefore; }
    QLabel *integrityLabel() const { return m_integrity; }
    void selectEntry(qint64 entryId);

Q_SIGNALS:
    // Restore the strategy the entry left (toBefore: the one it replaced).
    void rollbackRequested(const holdline::history::HistoryEntry &entry, bool toBefore);
    void entryAdded(const holdline::history::HistoryEntry &entry);

private:
    history::HistoryFilter filter() const;
    // Whether the list read with f holds entry.
    static bool matches(const history::HistoryFilter &f, const history::HistoryEntry &entry);
    void readOlder(qint64 beforeId);
    void onEntryAppended(const history::HistoryEntry &entry);
    void showSelected();
    QString diffHtml(const history::HistoryEntry &entry) const;
    QString guardHtml(const history::HistoryEntry &entry) const;
    QString queueName(const QString &queueId) const;
    void explainElsewhere();
    const history::HistoryEntry *selected() const;

    QPointer<TenantSession> m_session;
    QString m_queueId;
    HistoryModel *m_model;
    QTableView *m_view;
    QTextBrowser *m_details;
    QCheckBox *m_onlyQueue;
    QCheckBox *m_allTenants;
    QLabel *m_integrity;
    QLabel *m_elsewhere; // entries of other tenants (or sandbox runs), said, never silently hidden
    int m_historyEntries = -1; // every entry in the history, as the last verify counted
    DeployedLookup m_deployedOf;
    std::function<QString(const QString &)> m_nameOf;
    QPushButton *m_rollBack;
    QPushButton *m_restoreBefore;
    QTimer *m_verifyLater;
    QTimer *m_fitColumns;
    int m_pageSize = 500;
    int m_readGeneration = 0; // pages read for an earlier filter are dropped
};

} // namespace holdline::ui
