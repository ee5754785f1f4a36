// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// What only a shared store (PostgreSQL, several writers and readers) needs beyond the schema:
// the write lock, ids from the database, and the notice each commit sends to every console.
// docs/capture-store.md, "Shared capture history".
namespace Capture::SharedStore {

// The advisory lock every write transaction takes first: writers take turns, so ids (from the
// capture_ids sequence, taken under the lock) commit in ascending order, and the marks of each
// transaction see every earlier commit of every writer. Also held while the schema is made.
inline constexpr qint64 WriteLockKey = 0x5743'4361'7074; // "WCCapt"
// The channel a commit notifies (StoreFollower listens). Payloads: "a FIRST LAST" (captures
// FIRST…LAST were added), "u ID" (an answer was written into capture ID), "c" (pin, remove,
// Clear All or retention changed stored rows).
inline constexpr char NotifyChannel[] = "wc_captures";

// Inside a transaction: waits for the write lock (released at commit or rollback).
bool lockForWriting(QSqlDatabase &database, QString *error);
// Inside the transaction, under the lock: `count` new ids, ascending.
std::optional<QList<qint64>> reserveIds(QSqlDatabase &database, qsizetype count, QString *error);
// Inside the transaction: PostgreSQL delivers the notice when it commits, and never otherwise.
bool notify(QSqlDatabase &database, const QString &payload, QString *error);

QString addedPayload(qint64 firstId, qint64 lastId);
QString updatedPayload(qint64 id);
QString changedPayload();

} // namespace Capture::SharedStore
