// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/PostgresTextSearch.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Capture::PostgresTextSearch {

namespace {

// Held by the console building the indexes, so that another one starting meanwhile neither
// builds them twice nor takes the build in progress for an interrupted one.
constexpr qint64 IndexBuildLockKey = 0x5743'5472'6967; // "WCTrig"

struct TrigramIndex
{
    const char *name;
    const char *column;
};
constexpr TrigramIndex Indexes[]
    = {{"capture_data_body_trgm", "body"}, {"capture_data_headers_trgm", "headers"}};

// What encode(bytes, 'escape') writes for the text's UTF-8 bytes.
QString escapeEncoded(const QString &text)
{
    QString encoded;
    for (const char byte : text.toUtf8()) {
        const auto value = static_cast<unsigned char>(byte);
        if (value == 0 || value >= 0x80)
            encoded += u"\\%1"_s.arg(uint(value), 3, 8, QChar(u'0'));
        else if (value == '\\')
            encoded += u"\\\\"_s;
        else
            encoded += QLatin1Char(byte);
    }
    return encoded;
}

// The schema pg_trgm is installed in (its operator class is named there), or empty.
QString trigramSchema(QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (query.exec(u"SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = "
                   "e.extnamespace WHERE e.extname = 'pg_trgm'"_s)
        && query.next())
        return query.value(0).toString();
    return {};
}

// An index's state: absent, valid, or left invalid by an interrupted concurrent build.
enum class IndexState { Absent, Valid, Invalid };

IndexState indexState(QSqlDatabase &database, const char *name)
{
    QSqlQuery query(database);
    query.prepare(u"SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = "
                  "i.indexrelid WHERE c.relname = ? AND pg_table_is_visible(c.oid)"_s);
    query.addBindValue(QString::fromLatin1(name));
    if (!query.exec() || !query.next())
        return IndexState::Absent;
    return query.value(0).toBool() ? IndexState::Valid : IndexState::Invalid;
}

bool exec(QSqlDatabase &database, const QString &statement, QString *error)
{
    QSqlQuery query(database);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

QString pattern(const QString &text)
{
    // From the start of the text, whole encoded bytes (a kept byte, \\ or \ooo), then the
    // needle: a match cannot begin inside an escape.
    QString expression = u"^(?:[^\\\\]|\\\\\\\\|\\\\[0-7]{3})*"_s;
    for (const QChar c : escapeEncoded(text)) {
        if (u"\\^$.|?*+()[]{}"_s.contains(c))
            expression += u'\\';
        expression += c;
    }
    return expression;
}

void addCondition(const QString &text, QStringList *conditions, QVariantList *values)
{
    const QString expression = pattern(text);
    *conditions << u"(encode(d.body, 'escape') ~* ? OR encode(d.headers, 'escape') ~* ?)"_s;
    *values << expression << expression;
}

bool ensureIndexes(QSqlDatabase &database, QString *error)
{
    const QString schema = trigramSchema(database);
    if (schema.isEmpty())
        return true;
    QSqlQuery lock(database);
    if (!lock.exec(u"SELECT pg_try_advisory_lock(%1)"_s.arg(IndexBuildLockKey)) || !lock.next()
        || !lock.value(0).toBool())
        return true; // another console is building them
    bool built = true;
    for (const TrigramIndex &index : Indexes) {
        const IndexState state = indexState(database, index.name);
        if (state == IndexState::Valid)
            continue;
        if (state == IndexState::Invalid
            && !exec(database, u"DROP INDEX CONCURRENTLY %1"_s.arg(QLatin1StringView(index.name)),
                     error)) {
            built = false;
            break;
        }
        // CONCURRENTLY: other consoles' write transactions go on while it is built.
        if (!exec(database,
                  u"CREATE INDEX CONCURRENTLY %1 ON capture_data USING gin "
                  "(encode(%2, 'escape') \"%3\".gin_trgm_ops)"_s.arg(
                      QLatin1StringView(index.name), QLatin1StringView(index.column),
                      QString(schema).replace(u'"', u"\"\""_s)),
                  error)) {
            built = false;
            break;
        }
    }
    lock.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(IndexBuildLockKey));
    return built;
}

bool indexesMissing(QSqlDatabase &database)
{
    return !trigramSchema(database).isEmpty() && !hasIndexes(database);
}

bool hasIndexes(QSqlDatabase &database)
{
    for (const TrigramIndex &index : Indexes) {
        if (indexState(database, index.name) != IndexState::Valid)
            return false;
    }
    return true;
}

} // namespace Capture::PostgresTextSearch
