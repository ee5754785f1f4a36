// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/SqliteInsert.h"

#include "app/capture/SqliteHandle.h"

#include <sqlite3.h>

namespace Capture {

namespace {

// SQLite binds a null pointer as NULL; the columns are NOT NULL.
const char *const Empty = "";

} // namespace

SqliteInsert::SqliteInsert(const QSqlDatabase &database, const QString &statement)
    : m_connection(sqliteHandle(database))
{
    if (!m_connection)
        return;
    const QByteArray sql = statement.toUtf8();
    if (sqlite3_prepare_v3(m_connection, sql.constData(), int(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    m_held.reserve(8);
}

SqliteInsert::~SqliteInsert()
{
    sqlite3_finalize(m_statement); // before QtSql closes the connection
}

QString SqliteInsert::errorString() const
{
    return m_connection ? QString::fromUtf8(sqlite3_errmsg(m_connection)) : QString();
}

void SqliteInsert::integer(qint64 value)
{
    m_bindFailed |= sqlite3_bind_int64(m_statement, m_next++, value) != SQLITE_OK;
}

void SqliteInsert::null()
{
    m_bindFailed |= sqlite3_bind_null(m_statement, m_next++) != SQLITE_OK;
}

void SqliteInsert::text(const QString &value)
{
    if (value.isEmpty()) {
        m_bindFailed
            |= sqlite3_bind_text(m_statement, m_next++, Empty, 0, SQLITE_STATIC) != SQLITE_OK;
        return;
    }
    m_held.append(value.toUtf8());
    const QByteArray &utf8 = m_held.constLast();
    m_bindFailed |= sqlite3_bind_text(m_statement, m_next++, utf8.constData(), int(utf8.size()),
                                      SQLITE_STATIC)
        != SQLITE_OK;
}

void SqliteInsert::bytes(const QByteArray &value)
{
    if (value.isEmpty()) {
        m_bindFailed
            |= sqlite3_bind_blob(m_statement, m_next++, Empty, 0, SQLITE_STATIC) != SQLITE_OK;
        return;
    }
    m_held.append(value); // shared, not copied; keeps a temporary alive until the row is written
    m_bindFailed |= sqlite3_bind_blob64(m_statement, m_next++, value.constData(),
                                        sqlite3_uint64(value.size()), SQLITE_STATIC)
        != SQLITE_OK;
}

bool SqliteInsert::run(QString *error)
{
    const bool ok = !m_bindFailed && sqlite3_step(m_statement) == SQLITE_DONE;
    if (!ok)
        *error = errorString();
    sqlite3_reset(m_statement);
    m_next = 1;
    m_bindFailed = false;
    m_held.clear();
    return ok;
}

} // namespace Capture
