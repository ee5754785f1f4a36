// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureMaintenance.h"

#include "app/capture/SharedStore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Capture {

namespace {

// Retention by age is checked at most this often after commits (it counts in days).
constexpr qint64 AgeCheckIntervalMs = 60'000;

// "1,2,3" for an IN list; ids are integers, so writing them into the statement is safe.
QString idList(const QList<qint64> &ids, qsizetype from, qsizetype count)
{
    QString list;
    list.reserve(count * 8);
    for (qsizetype i = from; i < from + count; ++i) {
        if (i > from)
            list += u',';
        list += QString::number(ids.at(i));
    }
    return list;
}

constexpr qsizetype IdsPerStatement = 500;
constexpr int PinnedMark = int(Mark::Pinned);

} // namespace

std::optional<qint64> CaptureMaintenance::deleteUnpinned(const QString &where,
                                                         const QVariantList &values,
                                                         Subjects subjects)
{
    const QString selection
        = u"SELECT id FROM captures WHERE (marks & %1) = 0 AND (%2)"_s.arg(PinnedMark).arg(where);
    QSqlQuery query(m_database);
    const auto run = [&query, &values](const QString &statement) {
        if (!query.prepare(statement))
            return false;
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    };
    // A trim keeps, of its captures' subjects, the latest row of each: a delivery older than a
    // trimmed one is still out of order. Clear All takes them all, those kept by earlier trims
    // too (below, once the captures are gone).
    if (subjects == Subjects::KeepLatest
        && !run(u"DELETE FROM capture_subjects WHERE capture_id IN (%1) AND EXISTS (SELECT 1 FROM "
                "capture_subjects n WHERE n.subject = capture_subjects.subject AND "
                "(COALESCE(n.payload_time, -1), n.payload_text, n.capture_id) > "
                "(COALESCE(capture_subjects.payload_time, -1), capture_subjects.payload_text, "
                "capture_subjects.capture_id))"_s.arg(selection)))
        return std::nullopt;
    if (!run(u"DELETE FROM capture_data WHERE id IN (%1)"_s.arg(selection)))
        return std::nullopt;
    if (!run(u"DELETE FROM captures WHERE (marks & %1) = 0 AND (%2)"_s.arg(PinnedMark).arg(where)))
        return std::nullopt;
    const qint64 deleted = query.numRowsAffected();
    if (subjects == Subjects::Drop) {
        QSqlQuery orphans(m_database);
        if (!orphans.exec(u"DELETE FROM capture_subjects WHERE capture_id NOT IN "
                          "(SELECT id FROM captures)"_s))
            return std::nullopt;
    }
    return deleted;
}

bool CaptureMaintenance::trimToCount(qint64 maxCount, qint64 *removed)
{
    const qint64 excess = m_unpinnedCount - maxCount;
    if (maxCount <= 0 || excess <= 0)
        return true;
    // The oldest unpinned rows: those up to the id of the excess-th one.
    QSqlQuery query(m_database);
    if (!query.prepare(u"SELECT id FROM captures WHERE (marks & %1) = 0 ORDER BY id LIMIT 1 "
                       "OFFSET ?"_s.arg(PinnedMark)))
        return false;
    query.addBindValue(excess - 1);
    if (!query.exec())
        return false;
    if (!query.next())
        return true;
    const qint64 lastId = query.value(0).toLongLong();
    query.finish();
    const std::optional<qint64> deleted
        = deleteUnpinned(u"id <= ?"_s, {lastId}, Subjects::KeepLatest);
    if (!deleted)
        return false;
    *removed += *deleted;
    m_unpinnedCount -= *deleted;
    return true;
}

bool CaptureMaintenance::trimByAge(qint64 maxAgeDays, qint64 *removed)
{
    if (maxAgeDays <= 0)
        return true;
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - maxAgeDays * 24 * 3600 * 1000;
    const std::optional<qint64> deleted
        = deleteUnpinned(u"received_at < ?"_s, {cutoff}, Subjects::KeepLatest);
    if (!deleted)
        return false;
    *removed += *deleted;
    m_unpinnedCount -= *deleted;
    return true;
}

bool CaptureMaintenance::load(QString *error)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (query.exec(u"SELECT COUNT(*) FROM captures WHERE (marks & %1) = 0"_s.arg(PinnedMark))
        && query.next()) {
        m_unpinnedCount = query.value(0).toLongLong();
        return true;
    }
    *error = tr("The capture database could not be read (%1). Choose another data directory or "
                "move the file away.")
                 .arg(query.lastError().text());
    return false;
}

std::optional<WriterCommand> CaptureMaintenance::dueTrim() const
{
    // Trimmed in steps of 1% beyond the limit (at least one row), so a full store does not
    // delete, and make every list reload, at each commit.
    const qint64 slack = std::max<qint64>(1, m_retention.maxCount / 100);
    const bool overCount
        = m_retention.maxCount > 0 && m_unpinnedCount - m_retention.maxCount >= slack;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const bool ageDue
        = m_retention.maxAgeDays > 0 && nowMs - m_lastAgeCheckMs >= AgeCheckIntervalMs;
    if (!overCount && !ageDue)
        return std::nullopt;
    WriterCommand command;
    command.kind = WriterCommand::Kind::Retention;
    command.position = -1;
    command.retention = m_retention;
    if (!overCount)
        command.retention.maxCount = 0;
    if (!ageDue)
        command.retention.maxAgeDays = 0;
    return command;
}

CaptureMaintenance::Outcome CaptureMaintenance::run(const WriterCommand &command, qint64 nextId)
{
    Outcome outcome;
    const auto failed = [&outcome](const QString &why) {
        outcome.error = tr("The captures could not be changed (%1). Check that the disk has free "
                           "space and that no other program keeps the capture database locked.")
                            .arg(why);
        return outcome;
    };
    if (command.kind == WriterCommand::Kind::Retention && command.position >= 0)
        m_retention = command.retention;
    if (!m_database.transaction())
        return failed(m_database.lastError().text());
    if (m_shared) {
        QString error;
        if (!SharedStore::lockForWriting(m_database, &error) || !load(&error)) {
            m_database.rollback();
            return failed(error);
        }
    }
    const qint64 unpinnedBefore = m_unpinnedCount;
    QSqlQuery query(m_database);
    bool ok = true;
    switch (command.kind) {
    case WriterCommand::Kind::Pin:
    case WriterCommand::Kind::Unpin: {
        const bool pin = command.kind == WriterCommand::Kind::Pin;
        const QString statement = pin
            ? u"UPDATE captures SET marks = marks + %1 WHERE id IN (%2) AND (marks & %1) = 0"_s
            : u"UPDATE captures SET marks = marks - %1 WHERE id IN (%2) AND (marks & %1) <> 0"_s;
        for (qsizetype i = 0; ok && i < command.ids.size(); i += IdsPerStatement) {
            const QString ids
                = idList(command.ids, i, std::min(IdsPerStatement, command.ids.size() - i));
            ok = query.exec(statement.arg(PinnedMark).arg(ids));
            if (ok)
                m_unpinnedCount += pin ? -query.numRowsAffected() : query.numRowsAffected();
        }
        break;
    }
    case WriterCommand::Kind::Remove:
        for (qsizetype i = 0; ok && i < command.ids.size(); i += IdsPerStatement) {
            const QString ids
                = idList(command.ids, i, std::min(IdsPerStatement, command.ids.size() - i));
            ok = query.exec(u"SELECT COUNT(*) FROM captures WHERE id IN (%1) AND (marks & %2) = 0"_s
                                .arg(ids)
                                .arg(PinnedMark))
                && query.next();
            if (!ok)
                break;
            m_unpinnedCount -= query.value(0).toLongLong();
            query.finish();
            ok = query.exec(u"DELETE FROM capture_subjects WHERE capture_id IN (%1)"_s.arg(ids))
                && query.exec(u"DELETE FROM capture_data WHERE id IN (%1)"_s.arg(ids))
                && query.exec(u"DELETE FROM captures WHERE id IN (%1)"_s.arg(ids));
        }
        break;
    case WriterCommand::Kind::Clear: {
        const std::optional<qint64> deleted = deleteUnpinned(u"1 = 1"_s, {}, Subjects::Drop);
        ok = deleted.has_value();
        if (ok)
            m_unpinnedCount -= *deleted;
        break;
    }
    case WriterCommand::Kind::Retention:
        if (command.retention.maxAgeDays > 0)
            m_lastAgeCheckMs = QDateTime::currentMSecsSinceEpoch();
        ok = trimByAge(command.retention.maxAgeDays, &outcome.trimmed)
            && trimToCount(command.retention.maxCount, &outcome.trimmed);
        break;
    case WriterCommand::Kind::Answer: // the writer's own (CaptureWriter::writeAnswer)
        break;
    }
    // Deleted ids are never given again, even after a reopen.
    ok = ok && query.exec(u"UPDATE capture_schema SET next_id = %1"_s.arg(nextId));
    // The other consoles reload: not after a retention check that deleted nothing.
    const bool changedRows = command.kind != WriterCommand::Kind::Retention || outcome.trimmed > 0;
    QString notifyError;
    if (ok && m_shared && changedRows
        && !SharedStore::notify(m_database, SharedStore::changedPayload(), &notifyError)) {
        m_database.rollback();
        m_unpinnedCount = unpinnedBefore;
        return failed(notifyError);
    }
    if (!ok || !m_database.commit()) {
        const QString error = query.lastError().isValid() ? query.lastError().text()
                                                          : m_database.lastError().text();
        m_database.rollback();
        m_unpinnedCount = unpinnedBefore;
        outcome.trimmed = 0;
        return failed(error);
    }
    return outcome;
}

} // namespace Capture
