// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/SharedStore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Capture::SharedStore {

bool lockForWriting(QSqlDatabase &database, QString *error)
{
    QSqlQuery query(database);
    if (query.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(WriteLockKey)))
        return true;
    *error = query.lastError().text();
    return false;
}

std::optional<QList<qint64>> reserveIds(QSqlDatabase &database, qsizetype count, QString *error)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT nextval('capture_ids') FROM generate_series(1, %1)"_s.arg(count))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<qint64> ids;
    ids.reserve(count);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (ids.size() != count) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return ids;
}

bool notify(QSqlDatabase &database, const QString &payload, QString *error)
{
    QSqlQuery query(database);
    query.prepare(u"SELECT pg_notify(?, ?)"_s);
    query.addBindValue(QString::fromLatin1(NotifyChannel));
    query.addBindValue(payload);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

QString addedPayload(qint64 firstId, qint64 lastId)
{
    return u"a %1 %2"_s.arg(firstId).arg(lastId);
}

QString updatedPayload(qint64 id)
{
    return u"u %1"_s.arg(id);
}

QString changedPayload()
{
    return u"c"_s;
}

} // namespace Capture::SharedStore
