// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureQueries.h"

#include "app/capture/CaptureRow.h"
#include "app/capture/CaptureSchema.h"
#include "app/capture/PostgresTextSearch.h"
#include "app/capture/TextSearch.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Capture::CaptureQueries {

namespace {

// FROM and WHERE for a filter over captures (alias c), with its bound values.
struct Selection
{
    QString fromWhere;
    QVariantList values;
};

Selection select(const QSqlDatabase &database, const CaptureFilter &filter)
{
    Selection selection;
    QStringList conditions;
    for (const CaptureFilter::Condition &condition : filter.conditions()) {
        conditions << condition.sql;
        selection.values << condition.values;
    }
    selection.fromWhere = u" FROM captures c"_s;
    if (!filter.text.isEmpty()) {
        selection.fromWhere += u" JOIN capture_data d ON d.id = c.id"_s;
        // A substring of the body or of a header name or value (HeaderCodec keeps each whole),
        // ASCII letters in any case and the rest exactly. With SQLite, wc_contains does what
        // LIKE does at a fraction of its cost (TextSearch.h). The portable form: LIKE ignores
        // ASCII case and compares the rest exactly; LIKE does not match a BLOB, hence the
        // CAST. LOWER() on both sides was twice as slow and turned a search for "É" into one
        // for "é", which SQLite's ASCII-only LOWER never finds. docs/capture-store.md says
        // what PostgreSQL needs instead.
        if (TextSearch::isAvailable(database)) {
            const QByteArray needle = filter.text.toUtf8();
            conditions << u"(%1(d.body, ?) OR %1(d.headers, ?))"_s.arg(
                QLatin1StringView(TextSearch::FunctionName));
            selection.values << needle << needle;
        } else if (CaptureSchema::isPostgres(database)) {
            PostgresTextSearch::addCondition(filter.text, &conditions, &selection.values);
        } else {
            const QString pattern = CaptureRow::containsPattern(filter.text);
            conditions << u"(CAST(d.body AS TEXT) LIKE ? ESCAPE '\\' "
                          "OR CAST(d.headers AS TEXT) LIKE ? ESCAPE '\\')"_s;
            selection.values << pattern << pattern;
        }
    }
    if (!conditions.isEmpty())
        selection.fromWhere += u" WHERE "_s + conditions.join(u" AND "_s);
    return selection;
}

// On failure, a PostgreSQL connection is closed: it may have lost its server (QPSQL does not
// connect again by itself), and the next read opens it again (ReadConnections).
bool run(QSqlDatabase &database, QSqlQuery &query, const QString &statement,
         const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        qWarning("Capture store: %s", qPrintable(query.lastError().text()));
        if (CaptureSchema::isPostgres(database))
            database.close();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("Capture store: %s", qPrintable(query.lastError().text()));
        if (CaptureSchema::isPostgres(database))
            database.close();
        return false;
    }
    return true;
}

} // namespace

QList<qint64> ids(QSqlDatabase &database, const CaptureFilter &filter)
{
    const Selection selection = select(database, filter);
    QSqlQuery query(database);
    QList<qint64> result;
    if (!run(database, query, u"SELECT c.id"_s + selection.fromWhere + u" ORDER BY c.id"_s,
             selection.values))
        return result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

qint64 count(QSqlDatabase &database, const CaptureFilter &filter)
{
    const Selection selection = select(database, filter);
    QSqlQuery query(database);
    if (!run(database, query, u"SELECT COUNT(*)"_s + selection.fromWhere, selection.values)
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QList<CaptureSummary> summaries(QSqlDatabase &database, const QList<qint64> &ids)
{
    QList<CaptureSummary> result;
    if (ids.isEmpty())
        return result;
    QString list;
    list.reserve(ids.size() * 8);
    for (const qint64 id : ids) {
        if (!list.isEmpty())
            list += u',';
        list += QString::number(id); // integers: safe in the statement
    }
    QSqlQuery query(database);
    if (!run(database, query,
             u"SELECT "_s + CaptureRow::SummaryColumns + u" FROM captures c WHERE c.id IN ("_s
                 + list + u')',
             {}))
        return result;
    QHash<qint64, CaptureSummary> byId;
    byId.reserve(ids.size());
    while (query.next()) {
        CaptureSummary summary = CaptureRow::summary(query);
        byId.insert(summary.id, std::move(summary));
    }
    result.reserve(byId.size());
    for (const qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.cend())
            result.append(*it);
    }
    return result;
}

QList<CaptureSummary> summariesBetween(QSqlDatabase &database, qint64 first, qint64 last)
{
    QList<CaptureSummary> result;
    QSqlQuery query(database);
    if (!run(database, query,
             u"SELECT "_s + CaptureRow::SummaryColumns
                 + u" FROM captures c WHERE c.id BETWEEN ? AND ? ORDER BY c.id"_s,
             {first, last}))
        return result;
    while (query.next())
        result.append(CaptureRow::summary(query));
    return result;
}

std::optional<CaptureRecord> load(QSqlDatabase &database, qint64 id)
{
    QSqlQuery query(database);
    if (!run(database, query,
             u"SELECT "_s + CaptureRow::RecordColumns
                 + u" FROM captures c JOIN capture_data d ON d.id = c.id WHERE c.id = ?"_s,
             {id})
        || !query.next())
        return std::nullopt;
    return CaptureRow::record(query);
}

void forEach(QSqlDatabase &database, const CaptureFilter &filter,
             const std::function<bool(const CaptureRecord &)> &visit)
{
    Selection selection = select(database, filter);
    if (filter.text.isEmpty())
        selection.fromWhere.replace(u" FROM captures c"_s,
                                    u" FROM captures c JOIN capture_data d ON d.id = c.id"_s);
    QSqlQuery query(database);
    if (!run(database, query,
             u"SELECT "_s + CaptureRow::RecordColumns + selection.fromWhere + u" ORDER BY c.id"_s,
             selection.values))
        return;
    while (query.next()) {
        if (!visit(CaptureRow::record(query)))
            break;
    }
}

QList<EventCount> eventCounts(QSqlDatabase &database, const CaptureFilter &filter)
{
    const Selection selection = select(database, filter);
    QSqlQuery query(database);
    QList<EventCount> result;
    if (!run(database, query,
             u"SELECT c.event, COUNT(*)"_s + selection.fromWhere
                 + u" GROUP BY c.event ORDER BY COUNT(*) DESC, c.event"_s,
             selection.values))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toLongLong()});
    return result;
}

QList<MinuteCount> perMinute(QSqlDatabase &database, const QDateTime &since)
{
    QSqlQuery query(database);
    QList<MinuteCount> result;
    // Integer division: the minute since the epoch, in every SQL dialect.
    if (!run(database, query,
             u"SELECT c.received_at / 60000, c.event, COUNT(*) FROM captures c "
             "WHERE c.received_at >= ? GROUP BY c.received_at / 60000, c.event "
             "ORDER BY c.received_at / 60000, c.event"_s,
             {since.toMSecsSinceEpoch()}))
        return result;
    while (query.next()) {
        result.append({QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong() * 60000, Qt::UTC),
                       query.value(1).toString(), query.value(2).toLongLong()});
    }
    return result;
}

} // namespace Capture::CaptureQueries
