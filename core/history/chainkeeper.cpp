#include "history/chainkeeper.h"

#include "credentials/credentialstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>

namespace holdline::history {

Q_LOGGING_CATEGORY(lcChainKeeper, "holdline.history.key", QtInfoMsg)

using namespace Qt::StringLiterals;
using credentials::CredentialJob;

namespace {
constexpr int KeyBytes = 32;

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChainKeeper)
};
} // namespace

ChainKeeper::ChainKeeper(QString location, credentials::CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_keychain(keychain)
{
}

QString ChainKeeper::keychainKeyFor(const QString &historyId)
{
    return u"history-chain:"_s + historyId;
}

QString ChainKeeper::locationKeyFor(const QString &location)
{
    return u"history-location:"_s + location;
}

QString ChainKeeper::locationOfFile(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

std::optional<ChainKeeper::Record> ChainKeeper::parse(const QString &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    Record record;
    record.key.key = QByteArray::fromBase64(json.value("key"_L1).toString().toLatin1());
    record.key.keyedFrom = json.value("keyedFrom"_L1).toInteger();
    record.anchor.id = json.value("anchorId"_L1).toInteger();
    record.anchor.mac = json.value("anchorMac"_L1).toString();
    if (record.key.key.size() != KeyBytes || record.key.keyedFrom < 1 || record.anchor.id < 0)
        return std::nullopt;
    return record;
}

QString ChainKeeper::serialize(const ChainAnchor &anchor) const
{
    const QJsonObject json{{"key"_L1, QString::fromLatin1(m_key.key.toBase64())},
                           {"keyedFrom"_L1, m_key.keyedFrom},
                           {"anchorId"_L1, anchor.id},
                           {"anchorMac"_L1, anchor.mac}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void ChainKeeper::becomeUnkeyed(const QString &why)
{
    m_mode = Mode::Unkeyed;
    m_key = {};
    m_limits = Text::tr("The history is not keyed (%1): its hash chain shows accidental damage and a careless "
                        "edit, but someone who can write the database file can rewrite entries and recompute the "
                        "chain, or delete its last entries, without it showing.")
                   .arg(why);
    qCWarning(lcChainKeeper).noquote() << m_limits;
}

void ChainKeeper::becomeUntrusted(const QString &why)
{
    m_mode = Mode::Untrusted;
    m_key = {};
    m_untrusted = why;
    qCWarning(lcChainKeeper).noquote() << why;
}

void ChainKeeper::load(const HistoryFacts &facts, UnkeyedCheck checkUnkeyed, std::function<void(QString)> done)
{
    m_facts = facts;
    m_checkUnkeyed = std::move(checkUnkeyed);
    // A service's key is a systemd credential: no keychain remembers where
    // the history was, and its item is checked against the chain as it is.
    if (credentials::CredentialStore::hasSystemdCredential(keychainKeyFor(facts.historyId))) {
        m_locationKnown = true;
        loadKey(std::move(done));
        return;
    }
    // First: is this the history the keychain last saw at this location?
    CredentialJob *read = m_keychain->readSecret(locationKeyFor(m_location));
    connect(read, &CredentialJob::finished, this, [this, read, done = std::move(done)] {
        read->deleteLater();
        switch (read->error()) {
        case CredentialJob::Error::None:
            if (!read->sessionOnly() && read->secret() != m_facts.historyId) {
                becomeUntrusted(Text::tr("The history at %1 is not the one that was there: the keychain knows it as "
                                         "history %2, the file now says %3. It was replaced, or its identity was "
                                         "changed; Holdline does not add to it.")
                                    .arg(m_location, read->secret(), m_facts.historyId));
                done({});
                return;
            }
            m_locationKnown = !read->sessionOnly();
            loadKey(done);
            return;
        case CredentialJob::Error::NotFound:
            loadKey(done);
            return;
        case CredentialJob::Error::Unavailable:
        case CredentialJob::Error::Other:
        case CredentialJob::Error::Denied:
        case CredentialJob::Error::TimedOut:
            keychainFailed(*read, done);
            return;
        }
    });
}

void ChainKeeper::keychainFailed(const CredentialJob &read, std::function<void(QString)> done)
{
    // Whatever the keychain's trouble (none at all, for a service), entries
    // written unkeyed after sealed ones would break everyone's check.
    degradeOrFail(read.errorString(), std::move(done));
}

void ChainKeeper::degradeOrFail(const QString &keychainError, std::function<void(QString)> done)
{
    // The keychain is there but does not answer (a prompt nobody saw, a
    // locked keyring) or refuses. A history with no sealed entries carries on
    // unkeyed, and says so; one with sealed entries is not written without its key.
    m_checkUnkeyed([this, keychainError, done = std::move(done)](bool valid) {
        if (!valid) {
            done(Text::tr("the history's key could not be read from the keychain (%1); Holdline does not write to a "
                          "keyed history without it. Unlock the keychain and try again (a service takes the key as "
                          "its systemd credential %2).")
                     .arg(keychainError, QString::fromLatin1(credentials::CredentialStore::chainKeyCredentialName)));
            return;
        }
        becomeUnkeyed(Text::tr("the keychain did not give the history's key: %1; entries written now are not keyed")
                          .arg(keychainError));
        done({});
    });
}

void ChainKeeper::loadKey(std::function<void(QString)> done)
{
    CredentialJob *read = m_keychain->readSecret(keychainKeyFor(m_facts.historyId));
    connect(read, &CredentialJob::finished, this, [this, read, done = std::move(done)] {
        read->deleteLater();
        switch (read->error()) {
        case CredentialJob::Error::None:
            if (read->sessionOnly()) {
                becomeUnkeyed(Text::tr("no keychain on this system"));
            } else if (const auto record = parse(read->secret())) {
                m_mode = Mode::Keyed;
                m_key = record->key;
                m_written = record->anchor;
                rememberLocation();
            } else {
                becomeUntrusted(Text::tr("The keychain's item %1 is not a history key; Holdline does not add to this "
                                         "history until it is repaired.")
                                    .arg(keychainKeyFor(m_facts.historyId)));
            }
            done({});
            return;
        case CredentialJob::Error::NotFound:
            // No key for this history here: a new one, or one written before
            // keys, is keyed now; one whose entries are sealed (its key is in
            // another keychain) must not be re-keyed over.
            m_checkUnkeyed([this, done](bool valid) {
                if (valid) {
                    createKey(done);
                    return;
                }
                becomeUntrusted(Text::tr("This history's entries are sealed with a key this keychain does not hold: "
                                         "it was keyed under another user account or on another machine (move the "
                                         "keychain item %1 with it; a service takes it as its systemd credential "
                                         "%2), or it was altered. Holdline does not add to it.")
                                    .arg(keychainKeyFor(m_facts.historyId),
                                         QString::fromLatin1(credentials::CredentialStore::chainKeyCredentialName)));
                done({});
            });
            return;
        case CredentialJob::Error::Unavailable:
        case CredentialJob::Error::Other:
        case CredentialJob::Error::Denied:
        case CredentialJob::Error::TimedOut:
            keychainFailed(*read, done);
            return;
        }
    });
}

void ChainKeeper::createKey(std::function<void(QString)> done)
{
    QByteArray key(KeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), KeyBytes / 4);
    m_key = {key, m_facts.headId + 1};
    const ChainAnchor head{m_facts.headId, m_facts.headHash};
    CredentialJob *write = m_keychain->writeSecret(keychainKeyFor(m_facts.historyId), serialize(head));
    connect(write, &CredentialJob::finished, this, [this, write, head, done = std::move(done)] {
        write->deleteLater();
        if (write->error() == CredentialJob::Error::None && !write->sessionOnly()) {
            m_mode = Mode::Keyed;
            m_written = head;
            qCInfo(lcChainKeeper) << "history" << m_facts.historyId << "keyed from entry" << m_key.keyedFrom;
            rememberLocation();
            done({});
        } else if (write->error() == CredentialJob::Error::Unavailable || write->sessionOnly()) {
            becomeUnkeyed(Text::tr("no keychain on this system"));
            done({});
        } else {
            // Nothing is sealed yet: the history carries on unkeyed, and says why.
            becomeUnkeyed(Text::tr("the keychain did not store a key for it: %1").arg(write->errorString()));
            done({});
        }
    });
}

void ChainKeeper::rememberLocation()
{
    if (m_locationKnown)
        return;
    m_locationKnown = true;
    CredentialJob *write = m_keychain->writeSecret(locationKeyFor(m_location), m_facts.historyId);
    connect(write, &CredentialJob::finished, write, &QObject::deleteLater);
}

void ChainKeeper::readAnchor(std::function<void(std::optional<ChainAnchor>, QString)> done)
{
    if (m_mode != Mode::Keyed) {
        done(std::nullopt, {});
        return;
    }
    CredentialJob *read = m_keychain->readSecret(keychainKeyFor(m_facts.historyId));
    connect(read, &CredentialJob::finished, this, [this, read, done = std::move(done)] {
        read->deleteLater();
        const auto record = read->error() == CredentialJob::Error::None ? parse(read->secret()) : std::nullopt;
        if (!record) {
            done(std::nullopt, read->error() == CredentialJob::Error::None
                                   ? Text::tr("the keychain's item for this history is not a history key")
                                   : Text::tr("the keychain's item for this history could not be read: %1")
                                         .arg(read->errorString()));
            return;
        }
        if (record->key.key != m_key.key) {
            done(std::nullopt, Text::tr("the keychain now holds another key for this history"));
            return;
        }
        if (record->anchor.id > m_written.id)
            m_written = record->anchor;
        done(record->anchor, {});
    });
}

void ChainKeeper::advance(qint64 id, const QString &mac)
{
    if (m_mode != Mode::Keyed || id <= m_written.id || (m_waiting && id <= m_waiting->id))
        return;
    m_waiting = ChainAnchor{id, mac};
    if (!m_writing)
        writeNext();
}

void ChainKeeper::writeNext()
{
    if (!m_waiting) {
        m_writing = false;
        const auto waiters = std::exchange(m_flushWaiters, {});
        for (const auto &waiter : waiters)
            waiter();
        return;
    }
    m_writing = true;
    const ChainAnchor anchor = *std::exchange(m_waiting, std::nullopt);
    CredentialJob *write = m_keychain->writeSecret(keychainKeyFor(m_facts.historyId), serialize(anchor));
    connect(write, &CredentialJob::finished, this, [this, write, anchor] {
        write->deleteLater();
        if (write->error() == CredentialJob::Error::None)
            m_written = anchor;
        else
            qCWarning(lcChainKeeper).noquote() << "the history's anchor could not be moved to entry" << anchor.id
                                               << ':' << write->errorString();
        writeNext();
    });
}

void ChainKeeper::flush(std::function<void()> done)
{
    if (!m_writing) {
        done();
        return;
    }
    m_flushWaiters.append(std::move(done));
}

} // namespace holdline::history
