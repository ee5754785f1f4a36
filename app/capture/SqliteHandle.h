// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace Capture {

// The SQLite connection under an open QSQLITE connection, for what QtSql cannot do or does
// slowly (the text search function, the writer's inserts); nullptr for any other driver.
sqlite3 *sqliteHandle(const QSqlDatabase &database);

} // namespace Capture
