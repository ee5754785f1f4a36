// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureSchema.h"

#include "app/capture/CaptureRow.h"
#include "app/capture/DeliverySubject.h"
#include "app/capture/SharedStore.h"
#include "app/capture/TextSearch.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Capture::CaptureSchema {

namespace {

// What each delivery is about (DeliverySubject): one row per capture and subject, the payload
// time (or, when it is no date, its text). The Out-of-order mark asks for the latest of a subject.
const char *const SubjectsTable = "CREATE TABLE capture_subjects ("
                                  " capture_id INTEGER NOT NULL,"
                                  " subject TEXT NOT NULL,"
                                  " payload_time INTEGER,"
                                  " payload_text TEXT NOT NULL)";
const char *const SubjectsBySubject
    = "CREATE INDEX capture_subjects_subject ON capture_subjects (subject, payload_time)";
const char *const SubjectsByCapture
    = "CREATE INDEX capture_subjects_capture ON capture_subjects (capture_id)";

// Portable types only (INTEGER, TEXT, BLOB); on PostgreSQL, forDriver() makes them BIGINT, TEXT
// and BYTEA.
// `captures` is narrow, what the list filters and shows; the bytes live in `capture_data`, so
// filtering 100,000 rows reads a few megabytes, not every body.
const char *const CreateStatements[] = {
    "CREATE TABLE capture_schema (version INTEGER NOT NULL, next_id INTEGER NOT NULL)",
    "CREATE TABLE captures ("
    " id INTEGER PRIMARY KEY," // assigned by the writer, never reused (capture_schema.next_id)
    " received_at INTEGER NOT NULL," // milliseconds since the epoch, UTC
    " duration_us INTEGER NOT NULL,"
    " method TEXT NOT NULL,"
    " path TEXT NOT NULL," // decoded, without the query
    " event TEXT NOT NULL," // '' when not a Channex payload
    " property_id TEXT NOT NULL,"
    " size INTEGER NOT NULL,"
    " status INTEGER NOT NULL,"
    " marks INTEGER NOT NULL," // Capture::Marks
    " body_hash INTEGER," // FNV-1a of the body for recognised payloads, else NULL
    " payload_time INTEGER)", // payload timestamp in microseconds, NULL when it does not parse
    "CREATE TABLE capture_data ("
    " id INTEGER PRIMARY KEY," // captures.id
    " target BLOB NOT NULL,"
    " version_major INTEGER NOT NULL,"
    " version_minor INTEGER NOT NULL,"
    " headers BLOB NOT NULL," // HeaderCodec
    " body BLOB NOT NULL,"
    " raw_head BLOB NOT NULL," // the raw bytes, without the body when they end with it
    " raw_ends_with_body INTEGER NOT NULL,"
    " peer_address TEXT NOT NULL,"
    " peer_port INTEGER NOT NULL,"
    " connection_id INTEGER NOT NULL,"
    " response_headers BLOB NOT NULL,"
    " response_body BLOB NOT NULL,"
    " user_id TEXT NOT NULL,"
    " payload_timestamp TEXT NOT NULL,"
    " note TEXT NOT NULL,"
    " answered_by TEXT NOT NULL DEFAULT ''," // the response rule's name or position
    " forward_url TEXT NOT NULL DEFAULT ''," // forwarding: the request as sent on, '' when not
    " forward_status INTEGER NOT NULL DEFAULT 0,"
    " forward_headers BLOB NOT NULL DEFAULT '',"
    " forward_body BLOB NOT NULL DEFAULT '',"
    " forward_error TEXT NOT NULL DEFAULT '',"
    " forward_duration_us INTEGER NOT NULL DEFAULT 0)",
    // Age retention and the chart; with the event in it, the per-minute counts read the index
    // alone. Rows arrive in time order, so a commit touches its last page only.
    "CREATE INDEX captures_received_at ON captures (received_at, event)",
    "CREATE INDEX captures_event ON captures (event)",
    // Duplicate detection looks a body up by property and payload time (a duplicate carries the
    // same timestamp) and compares the hash in the row. One index serves that, the property
    // filter and the latest time per property. Its entries arrive in order within each
    // property, so a commit writes the last pages of each property's range only; with the hash
    // in the key, deliveries that share a timestamp landed on a random page each.
    "CREATE INDEX captures_property ON captures (property_id, payload_time)",
    SubjectsTable,
    SubjectsBySubject,
    SubjectsByCapture,
};

bool backfillSubjects(QSqlDatabase &database, QString *error);

// What takes a database of version N to N + 1, in order; Version is the last one's target.
struct Migration
{
    std::vector<const char *> statements;
    bool (*then)(QSqlDatabase &database, QString *error) = nullptr; // after the statements
};
const std::array<Migration, 3> Migrations = {{
    // Version 1 had the body hash in captures_property (see above).
    {{"DROP INDEX captures_property",
      "CREATE INDEX captures_property ON captures (property_id, payload_time)"}},
    // Version 2 compared timestamps per property; version 3 per subject, read from the bodies.
    {{SubjectsTable, SubjectsBySubject, SubjectsByCapture}, &backfillSubjects},
    // Version 4 keeps the response rule that answered and what a forwarded request's app
    // answered; earlier captures got the default answer and were not forwarded.
    {{"ALTER TABLE capture_data ADD COLUMN answered_by TEXT NOT NULL DEFAULT ''",
      "ALTER TABLE capture_data ADD COLUMN forward_url TEXT NOT NULL DEFAULT ''",
      "ALTER TABLE capture_data ADD COLUMN forward_status INTEGER NOT NULL DEFAULT 0",
      "ALTER TABLE capture_data ADD COLUMN forward_headers BLOB NOT NULL DEFAULT ''",
      "ALTER TABLE capture_data ADD COLUMN forward_body BLOB NOT NULL DEFAULT ''",
      "ALTER TABLE capture_data ADD COLUMN forward_error TEXT NOT NULL DEFAULT ''",
      "ALTER TABLE capture_data ADD COLUMN forward_duration_us INTEGER NOT NULL DEFAULT 0"}},
}};
static_assert(Migrations.size() + 1 == Version);

// The one sentence for every failure while setting the database up.
QString notPrepared(const QString &detail)
{
    return QCoreApplication::translate("Capture::CaptureStore",
                                       "The capture database could not be prepared: %1")
        .arg(detail);
}

// One schema for both databases: SQLite's INTEGER holds 64 bits and BLOB any bytes; PostgreSQL
// says BIGINT and BYTEA (its INTEGER has 32 bits, too few for milliseconds since 1970).
QString forDriver(const QSqlDatabase &database, const QString &statement)
{
    if (!isPostgres(database))
        return statement;
    QString translated = statement;
    translated.replace(u" INTEGER"_s, u" BIGINT"_s).replace(u" BLOB"_s, u" BYTEA"_s);
    return translated;
}

bool exec(QSqlDatabase &database, const QString &statement, QString *error)
{
    QSqlQuery query(database);
    if (query.exec(forDriver(database, statement)))
        return true;
    *error = notPrepared(query.lastError().text());
    return false;
}

// Runs `statements`, then `then` when given, in one transaction: all or nothing.
bool runInTransaction(QSqlDatabase &database, const QStringList &statements, QString *error,
                      const std::function<bool(QString *)> &then = {})
{
    const auto failed = [&] {
        *error = notPrepared(database.lastError().text());
        return false;
    };
    if (!database.transaction())
        return failed();
    for (const QString &statement : statements) {
        if (!exec(database, statement, error)) {
            database.rollback();
            return false;
        }
    }
    if (then && !then(error)) {
        database.rollback();
        return false;
    }
    return database.commit() || failed();
}

// The subjects of the deliveries stored before version 3, from their bodies (the envelope's
// fields are in the row already).
bool backfillSubjects(QSqlDatabase &database, QString *error)
{
    QSqlQuery read(database);
    read.setForwardOnly(true);
    QSqlQuery insert(database);
    if (!read.exec(u"SELECT c.id, c.event, c.property_id, c.payload_time, d.payload_timestamp, "
                   "d.body FROM captures c JOIN capture_data d ON d.id = c.id "
                   "WHERE c.event <> '' AND c.property_id <> '' AND d.payload_timestamp <> ''"_s)
        || !insert.prepare(CaptureRow::InsertSubject)) {
        *error = notPrepared(read.lastError().isValid() ? read.lastError().text()
                                                        : insert.lastError().text());
        return false;
    }
    while (read.next()) {
        const QJsonObject body = QJsonDocument::fromJson(read.value(5).toByteArray()).object();
        const QString event = read.value(1).toString();
        const QVariant time = read.value(3);
        for (const QString &subject : DeliverySubject::of(body, event, read.value(2).toString())) {
            insert.bindValue(0, read.value(0));
            insert.bindValue(1, subject);
            insert.bindValue(2, time);
            insert.bindValue(3, time.isNull() ? read.value(4).toString() : u""_s);
            if (!insert.exec()) {
                *error = notPrepared(insert.lastError().text());
                return false;
            }
        }
    }
    return true;
}

// Brings a database of an older version up to Version.
bool migrate(QSqlDatabase &database, int fromVersion, QString *error)
{
    QStringList statements;
    std::vector<bool (*)(QSqlDatabase &, QString *)> steps;
    for (int version = fromVersion; version < Version; ++version) {
        const Migration &migration = Migrations.at(version - 1);
        for (const char *statement : migration.statements)
            statements << QString::fromLatin1(statement);
        if (migration.then)
            steps.push_back(migration.then);
    }
    statements << u"UPDATE capture_schema SET version = %1"_s.arg(Version);
    return runInTransaction(database, statements, error, [&database, &steps](QString *why) {
        return std::all_of(steps.cbegin(), steps.cend(),
                           [&](const auto step) { return step(database, why); });
    });
}

QSqlDatabase openPostgres(const QString &name, const StoreLocation &location, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = QCoreApplication::translate(
            "Capture::CaptureStore",
            "This console cannot reach PostgreSQL: Qt's PostgreSQL driver is not installed (on "
            "Debian and Ubuntu, the package libqt6sql6-psql).");
        return QSqlDatabase::addDatabase(u"QSQLITE"_s, name); // not open
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    database.setHostName(location.host());
    database.setPort(location.port());
    database.setUserName(location.user());
    database.setDatabaseName(location.database());
    if (!location.password().isEmpty())
        database.setPassword(location.password());
    database.setConnectOptions(location.connectOptions());
    if (!database.open()) {
        // libpq's own words (several lines; QtSql's "Unable to connect" adds nothing), as one
        // sentence ending in a full stop, so that a sentence can follow it.
        QString reason = database.lastError().databaseText().simplified();
        if (reason.isEmpty())
            reason = database.lastError().text().simplified();
        if (!reason.endsWith(u'.'))
            reason += u'.';
        *error = QCoreApplication::translate("Capture::CaptureStore",
                                             "The shared capture history %1 could not be reached: "
                                             "%2")
                     .arg(location.displayName(), reason);
        return database;
    }
    // Captures keep their text as written; the server's messages stay in English either way.
    exec(database, u"SET client_encoding TO 'UTF8'"_s, error);
    return database;
}

} // namespace

bool isPostgres(const QSqlDatabase &database)
{
    return database.driverName() == u"QPSQL"_s;
}

QSqlDatabase openConnection(const QString &name, const StoreLocation &location, bool forWriting,
                            QString *error)
{
    if (location.isShared())
        return openPostgres(name, location, error);
    const QString path = location.filePath();
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    database.setDatabaseName(path);
    database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!database.open()) {
        *error = QCoreApplication::translate("Capture::CaptureStore",
                                             "The capture database %1 could not be opened: %2")
                     .arg(path, database.lastError().text());
        return database;
    }
    // WAL: readers never wait for the writer. synchronous=NORMAL: a committed transaction is in
    // the WAL file (written with write()) before its requests are answered, so it survives the
    // process being killed; only a power loss can take the last commits with it, which FULL
    // would prevent at the price of one fsync per commit (docs/capture-store.md has the
    // figures). A larger page cache keeps the indexes of a big database in memory for the
    // writer; each reading thread has a connection of its own (the window has up to five), so
    // theirs is smaller: the window's memory must not grow with the database (docs/performance.md).
    // Checkpoints every 32 MB of WAL rather than 4: a page that many commits touch is copied
    // back once, and the checkpoint's fsync comes eight times less often.
    QStringList pragmas
        = {u"PRAGMA synchronous=NORMAL"_s,
           forWriting ? u"PRAGMA cache_size=-16000"_s : u"PRAGMA cache_size=-4000"_s,
           u"PRAGMA wal_autocheckpoint=8192"_s};
    if (forWriting)
        pragmas.prepend(u"PRAGMA journal_mode=WAL"_s);
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!exec(database, pragma, error)) {
            database.close();
            return database;
        }
    }
    // The text filter's search function (TextSearch.h); other drivers use LIKE.
    if (TextSearch::isAvailable(database) && !TextSearch::install(database)) {
        *error = notPrepared(u"wc_contains"_s);
        database.close();
    }
    return database;
}

namespace {

bool ensureSchema(QSqlDatabase &database, QString *error)
{
    const QStringList tables = database.tables();
    if (tables.contains(u"capture_schema"_s)) {
        QSqlQuery query(database);
        if (!query.exec(u"SELECT version FROM capture_schema"_s) || !query.next()) {
            *error = QCoreApplication::translate("Capture::CaptureStore",
                                                 "The capture database has no schema version: %1")
                         .arg(query.lastError().text());
            return false;
        }
        const int version = query.value(0).toInt();
        query.finish(); // a statement still reading capture_schema would lock DROP INDEX out
        if (version >= 1 && version < Version)
            return migrate(database, version, error);
        if (version != Version) {
            *error = QCoreApplication::translate(
                         "Capture::CaptureStore",
                         "The capture database has version %1; this version of the console reads "
                         "version %2. Choose another data directory or remove the file.")
                         .arg(version)
                         .arg(Version);
            return false;
        }
        return true;
    }
    if (!tables.isEmpty() && isPostgres(database)) {
        *error = QCoreApplication::translate(
            "Capture::CaptureStore",
            "The PostgreSQL database has tables, but not those of captures. Give the shared "
            "capture history a database of its own (createdb webhooks, say).");
        return false;
    }
    if (!tables.isEmpty()) {
        *error = QCoreApplication::translate(
            "Capture::CaptureStore",
            "The file is an SQLite database, but not one of captures. Choose another data "
            "directory or remove the file.");
        return false;
    }
    QStringList statements;
    for (const char *statement : CreateStatements)
        statements << QString::fromLatin1(statement);
    // On a shared store the ids come from the database, taken under the write lock.
    if (isPostgres(database))
        statements << u"CREATE SEQUENCE capture_ids"_s;
    statements << u"INSERT INTO capture_schema (version, next_id) VALUES (%1, 1)"_s.arg(Version);
    return runInTransaction(database, statements, error);
}

} // namespace

bool ensure(QSqlDatabase &database, QString *error)
{
    if (!isPostgres(database))
        return ensureSchema(database, error);
    // Consoles that start together on an empty database: one creates the schema (or migrates
    // it), the others wait for it and then find it.
    QSqlQuery lock(database);
    if (!lock.exec(u"SELECT pg_advisory_lock(%1)"_s.arg(SharedStore::WriteLockKey))) {
        *error = notPrepared(lock.lastError().text());
        return false;
    }
    const bool ready = ensureSchema(database, error);
    lock.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(SharedStore::WriteLockKey));
    return ready;
}

} // namespace Capture::CaptureSchema
