#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace holdline::ui {

// Where to connect, without the secret (that is in the keychain, keyed by
// CredentialStore::keyFor(baseUrl, clientId)).
struct ConnectionProfile
{
    QString name;
    QUrl baseUrl;
    QString clientId;
    bool sandbox = false; // the built-in in-process tenant: no URL, no secret
    // Requests a minute, fixed whatever the tenant states; 0 follows the
    // tenant (its stated limit, or one learnt from its answers).
    int pinnedRatePerMinute = 0;
    static constexpr int MaxPinnedRate = 1'000'000;
    // The history this profile's deploys go to: empty, this computer's; a
    // file; or a team's PostgreSQL database (its URL, never its password,
    // which is in the keychain).
    QString history;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

// The profiles in QSettings, with the built-in Sandbox profile always first.
class ConnectionProfiles
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfiles)
public:
    static ConnectionProfile sandboxProfile();
    static QList<ConnectionProfile> load();
    // Stores the user's profiles (of the sandbox one, only its pinned rate).
    static void save(const QList<ConnectionProfile> &profiles);
    static std::optional<ConnectionProfile> find(const QString &name);
};

} // namespace holdline::ui
