#include "history/historycopier.h"

#include "history/historyrows.h"
#include "history/historywriter.h"
#include "storage/databaseworker.h"
#include "storage/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace holdline::history {

using namespace Qt::StringLiterals;

namespace {

struct Rows
{
    QString historyId;
    QList<QVariantList> rows;
    QString error;
};

// Columns 0, 12 and 13 are ids; a NULL binds as a typed NULL, which both
// drivers accept for a BIGINT column.
QVariant columnValue(const QVariant &value, int column)
{
    const bool idColumn = column == 0 || column == 12 || column == 13;
    if (value.isNull())
        return idColumn ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(QMetaType::fromType<QString>());
    return idColumn ? QVariant(value.toLongLong()) : QVariant(value.toString());
}

CopyResult writeRows(QSqlDatabase &db, const Rows &source)
{
    CopyResult result;
    const auto fail = [&db, &result](const QString &error) {
        db.rollback();
        result.error = error;
        return result;
    };
    if (const QString error = storage::beginWriteTransaction(db); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COUNT(*) FROM history_entries"_s) || !query.next())
        return fail(query.lastError().text());
    if (const qint64 held = query.value(0).toLongLong(); held > 0)
        return fail(HistoryCopier::tr("the target history already holds %n entries; a history is copied into an "
                                      "empty one only", nullptr, int(held)));
    query.finish();
    if (!query.exec(u"DELETE FROM history_meta WHERE name = 'history_id'"_s))
        return fail(query.lastError().text());
    if (!source.historyId.isEmpty()) {
        query.prepare(u"INSERT INTO history_meta (name, value) VALUES ('history_id', ?)"_s);
        query.addBindValue(source.historyId);
        if (!query.exec())
            return fail(query.lastError().text());
    }
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO history_entries (%1) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(historyColumns())))
        return fail(insert.lastError().text());
    for (const QVariantList &row : source.rows) {
        for (int column = 0; column < row.size(); ++column)
            insert.addBindValue(columnValue(row.at(column), column));
        if (!insert.exec())
            return fail(insert.lastError().text());
    }
    if (db.driverName() == "QPSQL"_L1 && !source.rows.isEmpty()) {
        QSqlQuery notify(db);
        notify.prepare(u"SELECT pg_notify('%1', ?)"_s.arg(NotificationChannel));
        notify.addBindValue(source.rows.constLast().constFirst().toString());
        notify.exec();
    }
    if (!db.commit())
        return fail(db.lastError().text());
    result.entries = int(source.rows.size());
    result.historyId = source.historyId;
    return result;
}

} // namespace

HistoryCopier::HistoryCopier(storage::DatabaseWorker *source, storage::DatabaseWorker *target, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_target(target)
{
}

void HistoryCopier::copy(std::function<void(CopyResult)> done)
{
    m_source->run<Rows>(
        [](QSqlDatabase &db) {
            Rows result;
            QSqlQuery query(db);
            if (query.exec(u"SELECT value FROM history_meta WHERE name = 'history_id'"_s) && query.next())
                result.historyId = query.value(0).toString();
            query.finish();
            query.setForwardOnly(true);
            if (!query.exec(u"SELECT %1 FROM history_entries ORDER BY id"_s.arg(historyColumns()))) {
                result.error = query.lastError().text();
                return result;
            }
            const int columns = query.record().count();
            while (query.next()) {
                QVariantList row;
                row.reserve(columns);
                for (int column = 0; column < columns; ++column)
                    row.append(query.value(column));
                result.rows.append(row);
            }
            return result;
        },
        this,
        [this, done = std::move(done)](Rows rows) {
            if (!rows.error.isEmpty()) {
                done(CopyResult{0, {}, tr("the history could not be read: %1").arg(rows.error)});
                return;
            }
            m_target->run<CopyResult>([rows = std::move(rows)](QSqlDatabase &db) { return writeRows(db, rows); },
                                      this, done);
        });
}

} // namespace holdline::history
