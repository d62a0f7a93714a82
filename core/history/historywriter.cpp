#include "history/historywriter.h"

#include "history/historyrows.h"
#include "history/historysecrets.h"
#include "history/pendinglease.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace holdline::history {

using namespace Qt::StringLiterals;

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryWriter)
};
QString sqlError(const QString &what, const QSqlError &error)
{
    return u"%1: %2"_s.arg(what, error.text());
}

// What is hashed must be exactly what reads back: time at millisecond
// precision in UTC, JSON as it parses from its stored text.
HistoryEntry normalized(HistoryEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    const QByteArray text = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    return HistoryEntry::fromJson(QJsonDocument::fromJson(text).object());
}

// One attempt: the last entry's id and hash, then the inserts, in one
// transaction so two writers can never take the same id or chain to the same
// predecessor. On success the entries carry their ids and hashes.
QString insertChained(QSqlDatabase &db, QList<HistoryEntry> &entries, const ChainKey &key)
{
    if (const QString error = storage::beginWriteTransaction(db); !error.isEmpty())
        return u"%1: %2"_s.arg(Text::tr("The history could not start a transaction"), error);
    const auto abort = [&db](const QString &error) {
        db.rollback();
        return error;
    };
    QSqlQuery last(db);
    if (!last.exec(u"SELECT id, hash FROM history_entries "
                   "WHERE id = (SELECT MAX(id) FROM history_entries)"_s))
        return abort(sqlError(Text::tr("The history could not be read"), last.lastError()));
    qint64 lastId = 0;
    QString lastHash;
    if (last.next()) {
        lastId = last.value(0).toLongLong();
        lastHash = last.value(1).toString();
    }
    last.finish();

    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO history_entries (%1) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(historyColumns())))
        return abort(sqlError(Text::tr("The history entry could not be written"), insert.lastError()));
    QList<qint64> held;
    const auto abortHeld = [&](const QString &error) {
        db.rollback();
        for (qint64 id : std::as_const(held))
            PendingLease::release(db, id);
        return error;
    };
    for (HistoryEntry &e : entries) {
        // Settled once: a second resolution of one pending entry (two
        // Holdlines settling what a crash left, or a deploy's own resolution
        // after someone settled it) is refused, whoever wrote the first.
        if (e.resolvesEntryId > 0) {
            QSqlQuery settled(db);
            settled.prepare(u"SELECT id FROM history_entries WHERE resolves_entry_id = ?"_s);
            settled.addBindValue(e.resolvesEntryId);
            if (!settled.exec())
                return abortHeld(sqlError(Text::tr("The history could not be read"), settled.lastError()));
            if (settled.next())
                return abortHeld(Text::tr("entry %1 is already settled, by entry %2")
                                     .arg(e.resolvesEntryId).arg(settled.value(0).toLongLong()));
        }
        e.id = ++lastId;
        e.previousHash = lastHash;
        e.hash = key.seal(e.previousHash, e);
        lastHash = e.hash;
        bindRow(insert, e);
        if (!insert.exec())
            return abortHeld(sqlError(Text::tr("The history entry could not be written"), insert.lastError()));
        // The writer of a pending entry holds its lease from the moment it
        // exists, so no one takes a deploy in flight for a crashed one.
        if (e.is(Status::Pending)) {
            if (const QString error = PendingLease::hold(db, e.id); !error.isEmpty())
                return abortHeld(sqlError(Text::tr("The history entry could not be written"), QSqlError(error)));
            held.append(e.id);
        }
    }
    if (db.driverName() == "QPSQL"_L1) {
        // Delivered at commit to every Holdline listening (their open history
        // panels), never for a rolled-back append.
        QSqlQuery notify(db);
        notify.prepare(u"SELECT pg_notify('%1', ?)"_s.arg(NotificationChannel));
        notify.addBindValue(QString::number(lastId));
        if (!notify.exec())
            return abortHeld(sqlError(Text::tr("The history entry could not be written"), notify.lastError()));
    }
    if (!db.commit())
        return abortHeld(sqlError(Text::tr("The history entry could not be committed"), db.lastError()));
    for (const HistoryEntry &e : std::as_const(entries))
        if (e.resolvesEntryId > 0)
            PendingLease::release(db, e.resolvesEntryId);
    return {};
}

// Another process sharing the database may take the next id between our read
// and our insert (the primary key refuses the second writer): read again.
QString insertWithRetry(QSqlDatabase &db, QList<HistoryEntry> &entries, const ChainKey &key)
{
    QString error;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QList<HistoryEntry> attemptEntries = entries;
        error = insertChained(db, attemptEntries, key);
        if (error.isEmpty()) {
            entries = attemptEntries;
            break;
        }
    }
    return error;
}
} // namespace

QList<AppendResult> appendEntries(QSqlDatabase &db, const QList<HistoryEntry> &entries, const ChainKey &chainKey)
{
    QList<AppendResult> results(entries.size());
    if (!db.isOpen()) {
        for (AppendResult &r : results)
            r.error = Text::tr("The history database is not open: %1").arg(db.lastError().text());
        return results;
    }
    QList<HistoryEntry> accepted;
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (const QString key = findSecretKey(entries.at(i)); !key.isEmpty()) {
            results[i].error = u"The history entry was refused: it holds a credential (%1), "
                               "and the history never stores secrets"_s.arg(key);
            continue;
        }
        accepted.append(normalized(entries.at(i)));
        positions.append(i);
    }
    if (accepted.isEmpty())
        return results;

    if (accepted.size() > 1 && insertWithRetry(db, accepted, chainKey).isEmpty()) {
        for (qsizetype k = 0; k < accepted.size(); ++k)
            results[positions.at(k)].entry = accepted.at(k);
        return results;
    }
    for (qsizetype k = 0; k < accepted.size(); ++k) {
        QList<HistoryEntry> one{accepted.at(k)};
        const QString error = insertWithRetry(db, one, chainKey);
        if (error.isEmpty())
            results[positions.at(k)].entry = one.constFirst();
        else
            results[positions.at(k)].error = error;
    }
    return results;
}

} // namespace holdline::history
