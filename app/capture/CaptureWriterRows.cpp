// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CaptureWriter, continued: the rows it writes — a batch of appends in transactions of bounded
// size, each row's marks decided inside its transaction, and a forwarded request's answer
// written into its row. docs/capture-store.md, "Threading" and "Marks".
#include "app/capture/CaptureRow.h"
#include "app/capture/CaptureWriter.h"
#include "app/capture/PayloadTime.h"
#include "app/capture/SharedStore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Capture {

namespace {

// One transaction holds at most this many rows or bytes, so the first requests of a long burst
// are answered without waiting for the whole burst to be written.
constexpr qsizetype MaxRowsPerCommit = 4096;
constexpr qsizetype MaxBytesPerCommit = qsizetype(32) * 1024 * 1024;

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

void CaptureWriter::writeAppends(QList<PendingAppend> &batch, qsizetype from, qsizetype to)
{
    while (from < to) {
        // One transaction up to the row or byte limit.
        qsizetype end = from;
        qsizetype bytes = 0;
        while (end < to && end - from < MaxRowsPerCommit
               && (bytes < MaxBytesPerCommit || end == from)) {
            bytes += batch.at(end).record.body.size() + batch.at(end).record.rawBytes.size();
            ++end;
        }
        QString error;
        if (!insertRows(batch, from, end, &error)) {
            m_reconnect = m_location.isShared();
            m_marks.rolledBack();
            failAppends(batch, from, end, error);
            reportFailure(error);
        } else {
            QList<CaptureSummary> summaries;
            summaries.reserve(end - from);
            for (qsizetype i = from; i < end; ++i) {
                PendingAppend &pending = batch[i];
                summaries.append(CaptureRow::summaryOf(pending.record, pending.path));
                if (pending.done)
                    pending.done(pending.record, QString());
                pending.done = nullptr;
            }
            reportSuccess();
            if (m_callbacks.appended)
                m_callbacks.appended(summaries);
            if (const std::optional<WriterCommand> trim = m_maintenance->dueTrim())
                runCommand(*trim);
        }
        from = end;
    }
}

bool CaptureWriter::insertRows(QList<PendingAppend> &batch, qsizetype from, qsizetype to,
                               QString *error)
{
    if (!m_database.transaction()) {
        *error = writeError(m_database.lastError().text());
        return false;
    }
    // A shared store: wait for the other writers' turn to end, then take ids from the database.
    QList<qint64> sharedIds;
    if (m_location.isShared()) {
        QString why;
        std::optional<QList<qint64>> ids;
        if (!SharedStore::lockForWriting(m_database, &why)
            || !(ids = SharedStore::reserveIds(m_database, to - from, &why))) {
            *error = writeError(why);
            m_database.rollback();
            return false;
        }
        sharedIds = *ids;
    }
    // What each row needs beside itself, first for all of them: on a shared store the marks
    // then read what they compare with in two queries for the whole transaction.
    const qint64 now = nowUs();
    QList<CaptureRow::Derived> derived(to - from);
    QList<const CaptureRecord *> records;
    records.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        CaptureRecord &record = batch[i].record;
        record.id = sharedIds.isEmpty() ? m_nextId + (i - from) : sharedIds.at(i - from);
        if (record.durationUs == 0 && record.receivedAt.isValid())
            record.durationUs
                = std::max<qint64>(0, now - record.receivedAt.toMSecsSinceEpoch() * 1000);
        CaptureRow::Derived &rowDerived = derived[i - from];
        rowDerived.path = record.path();
        batch[i].path = rowDerived.path;
        if (!record.payloadTimestamp.isEmpty())
            rowDerived.payloadTime = PayloadTime::parse(record.payloadTimestamp);
        records << &record;
    }
    m_marks.prefetch(records, derived);
    qint64 unpinnedAdded = 0;
    for (qsizetype i = from; i < to; ++i) {
        CaptureRecord &record = batch[i].record;
        m_marks.mark(record, derived[i - from]);
        if (!record.marks.testFlag(Mark::Pinned))
            ++unpinnedAdded;
        QString sqlError;
        if (!m_inserter->insert(record, derived.at(i - from), &sqlError)) {
            *error = writeError(sqlError);
            m_inserter->discard();
            m_database.rollback();
            return false;
        }
    }
    if (QString sqlError; !m_inserter->finish(&sqlError)) {
        *error = writeError(sqlError);
        m_database.rollback();
        return false;
    }
    QString notifyError;
    if (!sharedIds.isEmpty()
        && !SharedStore::notify(
            m_database, SharedStore::addedPayload(sharedIds.constFirst(), sharedIds.constLast()),
            &notifyError)) {
        *error = writeError(notifyError);
        m_database.rollback();
        return false;
    }
    if (!m_database.commit()) {
        *error = writeError(m_database.lastError().text());
        m_database.rollback();
        return false;
    }
    m_nextId += to - from;
    m_maintenance->added(unpinnedAdded);
    m_marks.committed();
    return true;
}

void CaptureWriter::failAppends(QList<PendingAppend> &batch, qsizetype from, qsizetype to,
                                const QString &error)
{
    for (qsizetype i = from; i < to; ++i) {
        PendingAppend &pending = batch[i];
        pending.record.id = 0;
        pending.record.marks &= ~Marks(Mark::Duplicate | Mark::OutOfOrder);
        if (pending.done)
            pending.done(pending.record, error);
        pending.done = nullptr;
    }
}

void CaptureWriter::writeAnswer(PendingAnswer &answer)
{
    const auto finish = [&answer](const QString &error) {
        if (answer.done)
            answer.done(error);
        answer.done = nullptr;
    };
    if (!m_database.isOpen()) {
        finish(m_openError.isEmpty() ? tr("The capture store is closed.") : m_openError);
        return;
    }
    QSqlQuery capture(m_database);
    QSqlQuery data(m_database);
    QSqlQuery read(m_database);
    QString error;
    if (!m_database.transaction()) {
        error = writeError(m_database.lastError().text());
    } else if (!capture.prepare(CaptureRow::UpdateAnswerCapture)
               || !data.prepare(CaptureRow::UpdateAnswerData)) {
        error = writeError(capture.lastError().isValid() ? capture.lastError().text()
                                                         : data.lastError().text());
        m_database.rollback();
    } else {
        CaptureRow::bindAnswer(capture, data, answer.record);
        QString notifyError;
        if (!capture.exec() || !data.exec()
            || (m_location.isShared()
                && !SharedStore::notify(m_database, SharedStore::updatedPayload(answer.record.id),
                                        &notifyError))) {
            const QString why = !notifyError.isEmpty() ? notifyError
                : capture.lastError().isValid()        ? capture.lastError().text()
                                                       : data.lastError().text();
            error = writeError(why);
            m_database.rollback();
        } else if (!m_database.commit()) {
            error = writeError(m_database.lastError().text());
            m_database.rollback();
        }
    }
    if (!error.isEmpty()) {
        m_reconnect = m_location.isShared();
        finish(error);
        reportFailure(error);
        return;
    }
    finish({});
    reportSuccess();
    // The row as it now is (a pin or a retention trim may have come in between).
    read.setForwardOnly(true);
    read.prepare(u"SELECT "_s + CaptureRow::SummaryColumns + u" FROM captures c WHERE c.id = ?"_s);
    read.addBindValue(answer.record.id);
    if (read.exec() && read.next() && m_callbacks.updated)
        m_callbacks.updated({CaptureRow::summary(read)});
}

} // namespace Capture
