// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/StoreLocation.h"

#include <QSqlDatabase>
#include <QString>

namespace Capture::CaptureSchema {

// The schema's version in capture_schema. An older database is migrated when opened
// (CaptureSchema.cpp); a newer one is refused.
inline constexpr int Version = 4;
// How long a write waits for a lock held by another connection before it fails (and the
// requests in it are answered 503).
inline constexpr int BusyTimeoutMs = 1000;

// Adds and opens a connection `name` to the store and sets it up: QSQLITE for a file (the only
// place with SQLite-specific statements, the PRAGMAs; `forWriting` also switches the file to
// WAL), QPSQL for a shared store.
QSqlDatabase openConnection(const QString &name, const StoreLocation &location, bool forWriting,
                            QString *error);
bool isPostgres(const QSqlDatabase &database);

// Creates the tables and indexes when the database is empty; checks the version otherwise.
bool ensure(QSqlDatabase &database, QString *error);

} // namespace Capture::CaptureSchema
