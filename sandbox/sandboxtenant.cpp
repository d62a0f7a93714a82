#include "sandbox/sandboxtenant.h"

#include "sandbox/sandboxlogging.h"
#include "sandbox/tenantservice.h"
#include "sandbox/tenantstate.h"

#include <QHostAddress>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

struct SandboxTenant::Private
{
    SandboxOptions options;
    QThread thread;
    TenantService *service = nullptr; // lives on `thread`, deleted when it finishes
    std::atomic<bool> running = false;
    QUrl baseUrl;
    QString clientId;
    QString clientSecret;

    // Runs f(state) on the tenant's thread and returns its result; a default
    // value when the tenant is not started.
    template<typename F>
    auto call(F f) const -> decltype(f(std::declval<TenantState &>()))
    {
        using R = decltype(f(std::declval<TenantState &>()));
        if (!service || !thread.isRunning()) {
            if constexpr (!std::is_void_v<R>)
                return R{};
            else
                return;
        }
        if constexpr (std::is_void_v<R>) {
            if (QThread::currentThread() == &thread)
                f(service->state());
            else
                QMetaObject::invokeMethod(service, [&] { f(service->state()); }, Qt::BlockingQueuedConnection);
        } else {
            R result{};
            if (QThread::currentThread() == &thread)
                result = f(service->state());
            else
                QMetaObject::invokeMethod(service, [&] { result = f(service->state()); }, Qt::BlockingQueuedConnection);
            return result;
        }
    }
};

SandboxTenant::SandboxTenant(const SandboxOptions &options, QObject *parent)
    : QObject(parent), d(new Private)
{
    d->options = options;
    d->thread.setObjectName(u"holdline-sandbox"_s);
}

SandboxTenant::~SandboxTenant()
{
    d->running = false;
    if (d->thread.isRunning()) {
        d->thread.quit();
        d->thread.wait(); // the service is deleted on its thread as it finishes
    }
}

void SandboxTenant::start()
{
    if (d->service)
        return;
    d->service = new TenantService(d->options);
    d->service->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->service, &QObject::deleteLater);
    connect(d->service, &TenantService::ready, this,
            [this](quint16 port, const QString &id, const QString &secret) {
                const QHostAddress address(d->options.address);
                QUrl url;
                url.setScheme(u"http"_s);
                url.setHost(address.toString());
                url.setPort(port);
                d->baseUrl = url;
                d->clientId = id;
                d->clientSecret = secret;
                d->running = true;
                Q_EMIT started();
            });
    connect(d->service, &TenantService::startFailed, this, [this](const QString &reason) {
        qCWarning(lcSandbox).noquote() << "the sandbox tenant did not start:" << reason;
        d->thread.quit();
        Q_EMIT failed(reason);
    });
    d->thread.start();
    QMetaObject::invokeMethod(d->service, &TenantService::start, Qt::QueuedConnection);
}

bool SandboxTenant::isRunning() const { return d->running; }
QUrl SandboxTenant::baseUrl() const { return d->baseUrl; }
QString SandboxTenant::clientId() const { return d->clientId; }
QString SandboxTenant::clientSecret() const { return d->clientSecret; }

SandboxFaults SandboxTenant::faults() const
{
    return d->call([](TenantState &t) { return t.faults.faults(); });
}

void SandboxTenant::setFaults(const SandboxFaults &faults)
{
    d->call([&faults](TenantState &t) { t.faults.setFaults(faults); });
}

QJsonArray SandboxTenant::receivedWebhooks() const
{
    return d->call([](TenantState &t) { return t.webhooks.list(); });
}

void SandboxTenant::clearWebhooks()
{
    d->call([](TenantState &t) { t.webhooks.clear(); });
}

QDateTime SandboxTenant::simulatedNow() const
{
    return d->call([](TenantState &t) { return QDateTime::fromMSecsSinceEpoch(t.clock.simulatedNowMs(), Qt::UTC); });
}

void SandboxTenant::advanceSimulatedTime(qint64 seconds)
{
    d->call([seconds](TenantState &t) {
        t.clock.advanceSimulated(seconds * 1000);
        t.catchUp();
    });
}

void SandboxTenant::advanceRealTime(qint64 seconds)
{
    d->call([seconds](TenantState &t) { t.clock.advanceReal(seconds * 1000); });
}

void SandboxTenant::addClient(const SandboxClient &client)
{
    d->call([&client](TenantState &t) { t.tokens.addClient(client); });
}

} // namespace holdline::sandbox
