// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRow.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Capture {

// The writer's INSERTs on SQLite, through its C API: each value is bound as it is (UTF-8 text,
// BLOBs without a copy) instead of through a QVariant, a placeholder-name lookup and QtSql's
// list of bound values per row. Not valid on other drivers; the writer then binds a QSqlQuery.
class SqliteInsert final : public CaptureRow::RowValues
{
    Q_DISABLE_COPY_MOVE(SqliteInsert)

public:
    SqliteInsert(const QSqlDatabase &database, const QString &statement);
    ~SqliteInsert() override;

    bool isValid() const { return m_statement != nullptr; }
    QString errorString() const;

    // Bind with RowValues, from the first column, then run: one row inserted or an error.
    bool run(QString *error);

    void integer(qint64 value) override;
    void null() override;
    void text(const QString &value) override;
    void bytes(const QByteArray &value) override;

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_next = 1;
    bool m_bindFailed = false;
    QList<QByteArray> m_held; // what is bound until the statement ran
};

} // namespace Capture
