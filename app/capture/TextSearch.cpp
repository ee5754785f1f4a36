// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/TextSearch.h"

#include "app/capture/SqliteHandle.h"

#include <cstring>
#if WC_SQLITE_DIRECT
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace Capture::TextSearch {

namespace {

constexpr unsigned char asciiLower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
}

#if WC_SQLITE_DIRECT
void containsFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    // Text or BLOB alike: the bytes as stored (the database is UTF-8).
    const auto *haystack = static_cast<const char *>(sqlite3_value_blob(values[0]));
    const int haystackSize = sqlite3_value_bytes(values[0]);
    const auto *needle = static_cast<const char *>(sqlite3_value_blob(values[1]));
    const int needleSize = sqlite3_value_bytes(values[1]);
    if (sqlite3_value_type(values[0]) == SQLITE_NULL
        || sqlite3_value_type(values[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    sqlite3_result_int(
        context,
        contains(QByteArrayView(haystack, haystackSize), QByteArrayView(needle, needleSize)) ? 1
                                                                                             : 0);
}
#endif

} // namespace

bool contains(QByteArrayView haystack, QByteArrayView needle)
{
    // LIKE reads a value as a C string: a NUL ends it.
    const char *data = haystack.data();
    qsizetype size = haystack.size();
    if (const void *nul = size > 0 ? std::memchr(data, 0, size_t(size)) : nullptr)
        size = static_cast<const char *>(nul) - data;
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    if (n > size)
        return false;
    const auto *text = reinterpret_cast<const unsigned char *>(data);
    const auto *pattern = reinterpret_cast<const unsigned char *>(needle.data());
    const unsigned char first = asciiLower(pattern[0]);
    const unsigned char firstUpper
        = first >= 'a' && first <= 'z' ? static_cast<unsigned char>(first - ('a' - 'A')) : first;
    const qsizetype last = size - n; // the last position where the needle fits
    qsizetype at = 0;
    while (at <= last) {
        // memchr finds the candidates for the first byte (in either case) a word at a time.
        const auto *lower = static_cast<const unsigned char *>(
            std::memchr(text + at, first, size_t(last - at + 1)));
        const unsigned char *candidate = lower;
        if (firstUpper != first) {
            const qsizetype span = (lower ? lower - text : last + 1) - at;
            if (const auto *upper = static_cast<const unsigned char *>(
                    span > 0 ? std::memchr(text + at, firstUpper, size_t(span)) : nullptr))
                candidate = upper;
        }
        if (!candidate)
            return false;
        qsizetype i = 1;
        while (i < n && asciiLower(candidate[i]) == asciiLower(pattern[i]))
            ++i;
        if (i == n)
            return true;
        at = (candidate - text) + 1;
    }
    return false;
}

bool isAvailable(const QSqlDatabase &database)
{
    return WC_SQLITE_DIRECT && database.driverName() == u"QSQLITE"_s;
}

bool install(QSqlDatabase &database)
{
#if WC_SQLITE_DIRECT
    sqlite3 *connection = sqliteHandle(database);
    if (!connection)
        return false;
    return sqlite3_create_function_v2(connection, FunctionName, 2,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, containsFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK;
#else
    Q_UNUSED(database);
    return false;
#endif
}

} // namespace Capture::TextSearch
