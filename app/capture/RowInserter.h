// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRow.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Capture {

// Writes one capture's rows (captures and capture_data) inside the writer's transaction. One
// implementation per way of reaching a database: SQLite's C API on the Qt driver's connection
// where that is sound (WC_SQLITE_DIRECT); on PostgreSQL, every row of the transaction in one
// statement per table at finish(), as each statement is a round trip to the server; QtSql's
// bound queries everywhere else.
class RowInserter
{
    Q_DECLARE_TR_FUNCTIONS(Capture::CaptureStore) // its sentences are the store's

public:
    virtual ~RowInserter() = default;

    // The fastest inserter `database` allows, prepared; null with a sentence in *error.
    static std::unique_ptr<RowInserter> create(const QSqlDatabase &database, QString *error);

    // False with the database's words in *error; the caller rolls the transaction back.
    virtual bool insert(const CaptureRecord &record, const CaptureRow::Derived &derived,
                        QString *error)
        = 0;
    // Before the commit: writes what insert() kept back. False with the database's words.
    virtual bool finish(QString *error)
    {
        Q_UNUSED(error);
        return true;
    }
    // The transaction is rolled back: forgets what insert() kept back.
    virtual void discard() { }
};

} // namespace Capture
