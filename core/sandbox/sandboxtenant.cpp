// PLACEHOLDER until the sandbox tenant lands (issue 4).
#include "sandbox/sandboxtenant.h"

#include <QTimer>

namespace holdline::sandbox {
struct SandboxTenant::Private { SandboxOptions options; };
SandboxTenant::SandboxTenant(const SandboxOptions &options, QObject *parent)
    : QObject(parent), d(new Private{options}) {}
SandboxTenant::~SandboxTenant() = default;
void SandboxTenant::start()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT failed(tr("The sandbox tenant is not built yet.")); });
}
bool SandboxTenant::isRunning() const { return false; }
QUrl SandboxTenant::baseUrl() const { return {}; }
QString SandboxTenant::clientId() const { return {}; }
QString SandboxTenant::clientSecret() const { return {}; }
} // namespace holdline::sandbox
