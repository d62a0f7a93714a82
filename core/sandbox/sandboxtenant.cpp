// PLACEHOLDER until the sandbox tenant lands (issue 4).
#include "sandbox/sandboxtenant.h"

namespace holdline::sandbox {
struct SandboxTenant::Private { SandboxOptions options; QString error; };
SandboxTenant::SandboxTenant(const SandboxOptions &options, QObject *parent)
    : QObject(parent), d(new Private{options, {}}) {}
SandboxTenant::~SandboxTenant() = default;
bool SandboxTenant::start() { d->error = tr("The sandbox tenant is not built yet."); return false; }
QString SandboxTenant::errorString() const { return d->error; }
QUrl SandboxTenant::baseUrl() const { return {}; }
QString SandboxTenant::clientId() const { return {}; }
QString SandboxTenant::clientSecret() const { return {}; }
} // namespace holdline::sandbox
