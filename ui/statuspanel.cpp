#include "ui/statuspanel.h"

#include "api/apiclient.h"
#include "api/tokenmanager.h"
#include "session/tenantsession.h"
#include "sync/syncoutbox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace holdline::ui {

using namespace Qt::StringLiterals;

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_tenant(new QLabel(this))
    , m_token(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_time(new QLabel(this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QLabel *, QString>> labels{
        {m_tenant, tr("Tenant")}, {m_token, tr("Token")}, {m_rate, tr("Rate-limit headroom")},
        {m_sync, tr("Pending syncs")}, {m_time, tr("Tenant time")}};
    for (const auto &[label, name] : labels) {
        label->setAccessibleName(name);
        label->setFrameShape(QFrame::NoFrame);
        layout->addWidget(label);
    }
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &StatusPanel::update);
    m_timer->start();
    update();
}

void StatusPanel::setSession(TenantSession *session, const QString &tenantName, double clockSpeed)
{
    m_session = session;
    m_tenantName = tenantName;
    m_speed = clockSpeed;
    m_lastTenantTime = {};
    if (session) {
        connect(session->client(), &api::ApiClient::tenantTimeChanged, this, [this](const QDateTime &t) {
            m_lastTenantTime = t;
            m_sinceTenantTime.start();
        });
        connect(session->outbox(), &sync::SyncOutbox::pendingCountChanged, this, &StatusPanel::update);
        connect(session->client()->tokens(), &api::TokenManager::stateChanged, this, &StatusPanel::update);
        connect(session->client(), &api::ApiClient::rateChanged, this, &StatusPanel::update);
    }
    update();
}

QDateTime StatusPanel::tenantNow() const
{
    if (!m_lastTenantTime.isValid())
        return m_session ? m_session->tenantNow() : QDateTime::currentDateTimeUtc();
    return m_lastTenantTime.addMSecs(qint64(double(m_sinceTenantTime.elapsed()) * m_speed));
}

void StatusPanel::update()
{
    if (!m_session) {
        m_tenant->setText(tr("Not connected"));
        for (QLabel *l : {m_token, m_rate, m_sync, m_time})
            l->clear();
        return;
    }
    m_tenant->setText(tr("Tenant: %1").arg(m_tenantName));
    const api::TokenManager *tokens = m_session->client()->tokens();
    switch (tokens->state()) {
    case api::TokenManager::State::None: m_token->setText(tr("Token: none yet")); break;
    case api::TokenManager::State::Fetching: m_token->setText(tr("Token: fetching…")); break;
    case api::TokenManager::State::Valid:
        m_token->setText(tr("Token: valid, %n min left", nullptr, int(tokens->expiresInMs() / 60'000)));
        break;
    case api::TokenManager::State::Failed:
        m_token->setText(tr("Token: refused — %1").arg(tokens->lastError().message));
        break;
    }
    const api::RateLimiter &limiter = m_session->client()->rateLimiter();
    const api::RateInForce rate = m_session->client()->rateInForce();
    // The burst left only matters when it runs low: a bulk change is being paced.
    const int left = int(limiter.available());
    QString text = tr("Rate: %1/min (%2)").arg(rate.perMinute).arg(api::rateSourceName(rate.source));
    if (left < rate.burst / 2)
        text += tr(" · pacing: %1 of %2 requests left in this burst").arg(left).arg(rate.burst);
    m_rate->setText(text);
    m_rate->setToolTip(tr("The client paces itself at %1 requests a minute, bursts of %2: %3.")
                           .arg(rate.perMinute)
                           .arg(rate.burst)
                           .arg(rate.source == api::RateSource::Stated   ? tr("the limit the tenant states on its answers")
                                : rate.source == api::RateSource::Learnt ? tr("learnt from the tenant's answers (it states no limit)")
                                : rate.source == api::RateSource::Pinned ? tr("pinned for this connection")
                                                                         : tr("the contract's default, until the tenant answers")));
    const int pending = m_session->outbox()->pendingCount();
    m_sync->setText(m_session->options().syncEndpoint.isEmpty() ? tr("Sync: off")
                                                                 : tr("Syncs pending: %1").arg(pending));
    const QDateTime now = tenantNow().toLocalTime();
    m_time->setText(m_speed != 1 ? tr("Simulated time: %1").arg(QLocale().toString(now, u"ddd HH:mm"_s))
                                 : tr("Tenant time: %1").arg(QLocale().toString(now, u"HH:mm:ss"_s)));
}

} // namespace holdline::ui
