// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>

// The text filter's search: a substring of the body or of a header name or value, ASCII
// letters in any case, every other character as written — what SQLite's LIKE does, without its
// per-character pattern matcher, which was most of the filter's time.
namespace Capture::TextSearch {

// The SQL function installTextSearch adds: wc_contains(haystack, needle) is 1 when the needle
// occurs in the haystack (text or BLOB) up to its first NUL byte, as LIKE '%needle%' reads it.
inline constexpr char FunctionName[] = "wc_contains";

// Adds wc_contains to an open QSQLITE connection; false for any other driver (the queries then
// use the portable LIKE).
bool install(QSqlDatabase &database);
// Whether connections of this driver have wc_contains (install succeeds on every QSQLITE one
// when built with WC_SQLITE_DIRECT).
bool isAvailable(const QSqlDatabase &database);

// The search itself: `needle` in `haystack` before its first NUL, ignoring the case of ASCII
// letters only.
bool contains(QByteArrayView haystack, QByteArrayView needle);

} // namespace Capture::TextSearch
