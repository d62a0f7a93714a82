#pragma once

#include "history/chainkey.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace holdline::credentials {
class CredentialJob;
class CredentialStore;
}

namespace holdline::history {

// Keeps a history's chain key and its anchor in the OS keychain, never in
// the database: whoever can edit the database file cannot recompute a MAC,
// and cannot cut the chain's end or rewrite it without the anchor (the last
// entry's id and MAC) disagreeing. The key is found by the history's id (kept
// in the database, so a copied or moved file keeps its key); the keychain also
// remembers which id each location held, so a file replaced by another
// history, or with its id changed, is named as such.
//
// Without a usable keychain the chain stays unkeyed and limits() says what is
// then not detectable. A keychain that refuses or does not answer (locked,
// denied, a prompt nobody answered) fails load() only for a history with
// sealed entries: Holdline does not write a keyed history without its key;
// any other carries on unkeyed, and says so. A history sealed with a key
// this keychain does not hold is Untrusted: nothing is appended to it and
// verify says why.
class ChainKeeper : public QObject
{
    Q_OBJECT
public:
    enum class Mode { NotLoaded, Keyed, Unkeyed, Untrusted };

    // What the database says about the history when it is opened.
    struct HistoryFacts
    {
        QString historyId;
        qint64 headId = 0;
        QString headHash;
    };
    // Asked only when the keychain holds no key for the history: answers
    // whether its entries form a valid unkeyed chain (an empty one does).
    using UnkeyedCheck = std::function<void(std::function<void(bool valid)> answer)>;

    ChainKeeper(QString location, credentials::CredentialStore *keychain, QObject *parent = nullptr);

    QString location() const { return m_location; }
    QString historyId() const { return m_facts.historyId; }
    Mode mode() const { return m_mode; }
    const ChainKey &key() const { return m_key; }
    // What cannot be detected in this mode, for people; "" when keyed.
    QString limits() const { return m_limits; }
    // Untrusted: why nothing is appended and the chain cannot be checked.
    QString untrustedReason() const { return m_untrusted; }

    // Reads this history's key; a history without one (new, or written before
    // keys) gets one now, keyed from the entry after the head, with the head as
    // its first anchor. done("") when loaded (in any mode), else why not.
    void load(const HistoryFacts &facts, UnkeyedCheck checkUnkeyed, std::function<void(QString error)> done);

    // The anchor as the keychain holds it now (another process may have
    // moved it); nothing when unkeyed or unreadable (error says why).
    void readAnchor(std::function<void(std::optional<ChainAnchor> anchor, QString error)> done);

    // Moves the anchor to a newer entry. Writes are coalesced: one in flight,
    // then the newest waiting one.
    void advance(qint64 id, const QString &mac);
    // done() once every advance so far has reached the keychain (or failed).
    void flush(std::function<void()> done);

    static QString keychainKeyFor(const QString &historyId);
    static QString locationKeyFor(const QString &location);
    // The location of a history in a file: its absolute, cleaned path.
    static QString locationOfFile(const QString &path);

private:
    struct Record
    {
        ChainKey key;
        ChainAnchor anchor;
    };
    static std::optional<Record> parse(const QString &text);
    QString serialize(const ChainAnchor &anchor) const;
    void writeNext();
    void becomeUnkeyed(const QString &why);
    void becomeUntrusted(const QString &why);
    void keychainFailed(const credentials::CredentialJob &read, std::function<void(QString)> done);
    void degradeOrFail(const QString &keychainError, std::function<void(QString)> done);
    void loadKey(std::function<void(QString)> done);
    void createKey(std::function<void(QString)> done);
    void rememberLocation();

    QString m_location;
    credentials::CredentialStore *m_keychain;
    Mode m_mode = Mode::NotLoaded;
    ChainKey m_key;
    QString m_limits;
    QString m_untrusted;
    HistoryFacts m_facts;
    UnkeyedCheck m_checkUnkeyed;
    bool m_locationKnown = false;
    ChainAnchor m_written;                 // the newest anchor the keychain holds, as far as we know
    std::optional<ChainAnchor> m_waiting;  // newer than m_written, not yet written
    bool m_writing = false;
    QList<std::function<void()>> m_flushWaiters;
};

} // namespace holdline::history
