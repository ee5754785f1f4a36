// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureStore.h"

#include <QSqlDatabase>

// The store's reads, on the calling thread's connection. Filters become WHERE clauses; nothing is
// loaded into memory to filter it.
namespace Capture::CaptureQueries {

QList<qint64> ids(QSqlDatabase &database, const CaptureFilter &filter);
qint64 count(QSqlDatabase &database, const CaptureFilter &filter);
QList<CaptureSummary> summaries(QSqlDatabase &database, const QList<qint64> &ids);
// The captures with ids from `first` to `last` that are still stored, oldest first (what one
// commit on a shared store added; SharedStore).
QList<CaptureSummary> summariesBetween(QSqlDatabase &database, qint64 first, qint64 last);
std::optional<CaptureRecord> load(QSqlDatabase &database, qint64 id);
void forEach(QSqlDatabase &database, const CaptureFilter &filter,
             const std::function<bool(const CaptureRecord &)> &visit);
QList<EventCount> eventCounts(QSqlDatabase &database, const CaptureFilter &filter);
QList<MinuteCount> perMinute(QSqlDatabase &database, const QDateTime &since);

} // namespace Capture::CaptureQueries
