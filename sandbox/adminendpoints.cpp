#include "sandbox/adminendpoints.h"

#include "sandbox/sandboxlogging.h"
#include "sandbox/tenantstate.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

HttpResponse getFaults(TenantState &tenant)
{
    return HttpResponse::json(200, tenant.faults.faults().toJson());
}

HttpResponse setFaults(TenantState &tenant, const HttpRequest &request, bool merge)
{
    QString message;
    const auto body = parseJsonObject(request.body, &message);
    if (!body)
        return HttpResponse::badRequest(message, {{u"body"_s, message}});
    FieldErrors errors;
    const auto faults = SandboxFaults::fromJson(*body, merge ? tenant.faults.faults() : SandboxFaults{}, &errors);
    if (!faults)
        return HttpResponse::badRequest(u"Invalid faults."_s, errors);
    tenant.faults.setFaults(*faults);
    qCInfo(lcSandbox).noquote() << "faults now" << QJsonDocument(faults->toJson()).toJson(QJsonDocument::Compact);
    return getFaults(tenant);
}

HttpResponse resetFaults(TenantState &tenant)
{
    tenant.faults.setFaults({});
    return getFaults(tenant);
}

HttpResponse getClock(TenantState &tenant)
{
    return HttpResponse::json(200, QJsonObject{
                                       {u"simulatedNow"_s, isoUtc(tenant.clock.simulatedNowSecs())},
                                       {u"historyStart"_s, isoUtc(tenant.simulations.startSecs())},
                                       {u"speed"_s, tenant.clock.speed()},
                                       {u"realNow"_s, isoUtc(tenant.clock.realNowMs() / 1000)},
                                   });
}

HttpResponse advanceClock(TenantState &tenant, const HttpRequest &request)
{
    QString message;
    const auto body = parseJsonObject(request.body, &message);
    if (!body)
        return HttpResponse::badRequest(message, {{u"body"_s, message}});
    FieldErrors errors;
    const auto read = [&](const QString &key) -> qint64 {
        if (!body->contains(key))
            return 0;
        const auto v = jsonInteger(body->value(key));
        if (!v || *v < 0 || *v > 366 * 86400) {
            errors.append({key, u"must be an integer number of seconds, 0..31622400"_s});
            return 0;
        }
        return *v;
    };
    const qint64 simulated = read(u"advanceSimulatedSeconds"_s);
    const qint64 real = read(u"advanceRealSeconds"_s);
    if (!errors.isEmpty())
        return HttpResponse::badRequest(u"Invalid clock change."_s, errors);
    tenant.clock.advanceSimulated(simulated * 1000);
    tenant.clock.advanceReal(real * 1000);
    tenant.catchUp();
    return getClock(tenant);
}

HttpResponse receiveWebhook(TenantState &tenant, const HttpRequest &request)
{
    return tenant.webhooks.receive(request, tenant.clock.realNowMs(), tenant.clock.simulatedNowMs(),
                                   tenant.faults.takeWebhookFailure());
}

HttpResponse listWebhooks(TenantState &tenant)
{
    return HttpResponse::json(200, QJsonObject{{u"received"_s, tenant.webhooks.list()}});
}

HttpResponse clearWebhooks(TenantState &tenant)
{
    tenant.webhooks.clear();
    return listWebhooks(tenant);
}

HttpResponse getStats(TenantState &tenant)
{
    return HttpResponse::json(200, tenant.stats.toJson());
}

HttpResponse clearStats(TenantState &tenant)
{
    tenant.stats.clear();
    return getStats(tenant);
}

} // namespace holdline::sandbox
