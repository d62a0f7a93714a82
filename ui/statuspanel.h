#pragma once

#include "session/tenantsession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;


namespace holdline::ui {

// The status bar's permanent part: tenant, token, rate-limit headroom,
// pending syncs and the tenant's (simulated) time. Read from core once a second.
class StatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPanel(QWidget *parent = nullptr);

    void setSession(TenantSession *session, const QString &tenantName, double clockSpeed);
    // The tenant's clock now, moved on since the last answer at the known speed.
    QDateTime tenantNow() const;
    QLabel *pendingSyncLabel() const { return m_sync; }

public Q_SLOTS:
    void update();

private:
    QPointer<TenantSession> m_session;
    QString m_tenantName;
    double m_speed = 1;
    QDateTime m_lastTenantTime;
    QElapsedTimer m_sinceTenantTime;
    QLabel *m_tenant;
    QLabel *m_token;
    QLabel *m_rate;
    QLabel *m_sync;
    QLabel *m_time;
    QTimer *m_timer;
};

} // namespace holdline::ui
