// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

// The text filter on a shared store. PostgreSQL keeps bodies and headers as bytes (BYTEA),
// which need not be UTF-8, so the search never converts them (convert_from refuses a body that
// is not UTF-8): it looks in encode(…, 'escape'), where a zero byte or a byte with the high bit
// set is written \ooo, a backslash doubled and every other byte kept. The needle is encoded the
// same way and must start where a byte's encoding starts (a regular expression that reads the
// text before it byte by byte), so "303" is not found inside the \303 of an "é". `~*` ignores
// the case of ASCII letters, as on SQLite; the rest is compared exactly.
//
// When the database has the pg_trgm extension, trigram indexes over those encodings make the
// search an index lookup (docs/capture-store.md, "Text search").
namespace Capture::PostgresTextSearch {

// Adds the condition for `text` in the body or a header (captures joined as c, capture_data
// as d) and its bound values.
void addCondition(const QString &text, QStringList *conditions, QVariantList *values);

// The regular expression addCondition binds for `text` (tests read it).
QString pattern(const QString &text);

// With pg_trgm installed in the database: builds the trigram indexes when missing (CREATE
// INDEX CONCURRENTLY, so the team's receivers keep writing meanwhile), or again when an earlier
// build was interrupted. Without pg_trgm, or when another console is building them, does
// nothing. False with `error` when a build failed (the search then reads without them).
bool ensureIndexes(QSqlDatabase &database, QString *error);

// Whether both indexes exist and are usable.
bool hasIndexes(QSqlDatabase &database);
// Whether the database has pg_trgm but not both indexes usable (ensureIndexes has work).
bool indexesMissing(QSqlDatabase &database);

} // namespace Capture::PostgresTextSearch
