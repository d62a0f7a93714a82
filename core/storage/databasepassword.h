#pragma once

#include "storage/databaselocation.h"

#include <QObject>

#include <functional>

namespace holdline::credentials {
class CredentialStore;
}

namespace holdline::storage {

// Completes a PostgreSQL location with its password, which never touches a
// file or a log: a password given in the URL is stored in the keychain
// (under location.passwordKey()) and used for this connection; without one,
// the keychain's is used if it holds one; else none, and libpq finds its own
// (PGPASSFILE, ~/.pgpass, peer or certificate authentication). A SQLite
// location is answered as it is. done(location, "") or done({}, why not), on
// context's thread.
void resolveDatabasePassword(DatabaseLocation location, credentials::CredentialStore *keychain, QObject *context,
                             std::function<void(DatabaseLocation location, QString error)> done);

} // namespace holdline::storage
