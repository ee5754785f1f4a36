// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureSchema.h"

#include "app/capture/TextSearch.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace Capture::CaptureSchema {

namespace {

// Portable types only (INTEGER, TEXT, BLOB); docs/capture-store.md says what a QPSQL port changes.
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
    " note TEXT NOT NULL)",
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
};

// What takes a database of version N to N + 1, in order; Version is the last one's target.
// Version 1 had the body hash in captures_property (see above).
const std::array<std::vector<const char *>, 1> Migrations = {{
    {"DROP INDEX captures_property",
     "CREATE INDEX captures_property ON captures (property_id, payload_time)"},
}};
static_assert(Migrations.size() + 1 == Version);

// The one sentence for every failure while setting the database up.
QString notPrepared(const QString &detail)
{
    return QCoreApplication::translate("Capture::CaptureStore",
                                       "The capture database could not be prepared: %1")
        .arg(detail);
}

bool exec(QSqlDatabase &database, const QString &statement, QString *error)
{
    QSqlQuery query(database);
    if (query.exec(statement))
        return true;
    *error = notPrepared(query.lastError().text());
    return false;
}

// Runs `statements` in one transaction: all or nothing.
bool runInTransaction(QSqlDatabase &database, const QStringList &statements, QString *error)
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
    return database.commit() || failed();
}

// Brings a database of an older version up to Version.
bool migrate(QSqlDatabase &database, int fromVersion, QString *error)
{
    QStringList statements;
    for (int version = fromVersion; version < Version; ++version) {
        for (const char *statement : Migrations.at(version - 1))
            statements << QString::fromLatin1(statement);
    }
    statements << u"UPDATE capture_schema SET version = %1"_s.arg(Version);
    return runInTransaction(database, statements, error);
}

} // namespace

QSqlDatabase openConnection(const QString &name, const QString &path, bool forWriting,
                            QString *error)
{
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
    // figures). A larger page cache keeps the indexes of a big database in memory.
    // Checkpoints every 32 MB of WAL rather than 4: a page that many commits touch is copied
    // back once, and the checkpoint's fsync comes eight times less often.
    QStringList pragmas = {u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA cache_size=-16000"_s,
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

bool ensure(QSqlDatabase &database, QString *error)
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
    statements << u"INSERT INTO capture_schema (version, next_id) VALUES (%1, 1)"_s.arg(Version);
    return runInTransaction(database, statements, error);
}

} // namespace Capture::CaptureSchema
