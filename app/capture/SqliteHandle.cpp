// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/SqliteHandle.h"

#include <QSqlDriver>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Capture {

sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    if (!WC_SQLITE_DIRECT) // the driver may hold a SQLite of its own (CMakeLists.txt)
        return nullptr;
    if (database.driverName() != u"QSQLITE"_s || !database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace Capture
