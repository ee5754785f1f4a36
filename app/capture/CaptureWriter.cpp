// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureWriter.h"

#include "app/capture/CaptureRow.h"
#include "app/capture/CaptureSchema.h"
#include "app/capture/PayloadTime.h"
#include "app/capture/SharedStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <chrono>

using namespace Qt::StringLiterals;

namespace Capture {

namespace {

// One transaction holds at most this many rows or bytes, so the first requests of a long burst
// are answered without waiting for the whole burst to be written.
constexpr qsizetype MaxRowsPerCommit = 4096;
constexpr qsizetype MaxBytesPerCommit = qsizetype(32) * 1024 * 1024;

std::atomic<quint64> nextWriterNumber {1};

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

CaptureWriter::CaptureWriter(const StoreLocation &location, Callbacks callbacks)
    : m_location(location),
      m_connectionName(u"wc_capture_writer_%1"_s.arg(nextWriterNumber.fetch_add(1))),
      m_callbacks(std::move(callbacks))
{ }

QString CaptureWriter::writeError(const QString &why) const
{
    if (m_location.isShared())
        return tr("The capture could not be written to the shared capture history (%1). Check "
                  "that its PostgreSQL server is running and can be reached.")
            .arg(why.trimmed());
    return tr("The capture could not be written to the database (%1). Check that the disk has "
              "free space and that no other program keeps the capture database locked.")
        .arg(why);
}

CaptureWriter::~CaptureWriter()
{
    stop();
}

void CaptureWriter::start()
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(u"CaptureWriter"_s);
    m_thread->start();
}

void CaptureWriter::stop()
{
    if (std::exchange(m_stopped, true))
        return;
    m_queue.stop();
    if (m_thread)
        m_thread->wait();
}

void CaptureWriter::append(CaptureRecord &&record, CaptureStore::AppendDone &&done)
{
    PendingAppend pending {std::move(record), std::move(done), {}};
    if (m_queue.push(std::move(pending)))
        return;
    pending.record.id = 0;
    if (pending.done)
        pending.done(pending.record, tr("The capture store is closed."));
}

void CaptureWriter::updateAnswer(CaptureRecord &&record, CaptureStore::AnswerDone &&done)
{
    WriterCommand command {WriterCommand::Kind::Answer, {}, {}, 0, {}};
    command.answer = std::make_shared<PendingAnswer>(std::move(record), std::move(done));
    m_queue.push(std::move(command));
}

void CaptureWriter::setPinned(const QList<qint64> &ids, bool pinned)
{
    m_queue.push(WriterCommand {
        pinned ? WriterCommand::Kind::Pin : WriterCommand::Kind::Unpin, ids, {}, 0, {}});
}

void CaptureWriter::remove(const QList<qint64> &ids)
{
    m_queue.push(WriterCommand {WriterCommand::Kind::Remove, ids, {}, 0, {}});
}

void CaptureWriter::clear()
{
    m_queue.push(WriterCommand {WriterCommand::Kind::Clear, {}, {}, 0, {}});
}

void CaptureWriter::setRetention(const Retention &retention)
{
    m_queue.push(WriterCommand {WriterCommand::Kind::Retention, {}, retention, 0, {}});
}

void CaptureWriter::run()
{
    bool ready = openConnection();
    CaptureQueue::Batch batch;
    while (m_queue.next(batch)) {
        // A shared store's server may be back: each batch tries once (libpq gives up on an
        // unreachable server after connect_timeout, StoreLocation), and is answered 503 when not.
        if (m_location.isShared() && (!ready || std::exchange(m_reconnect, false)))
            ready = reopenConnection();
        if (!ready) {
            failAppends(batch.appends, 0, batch.appends.size(), m_openError);
            for (const WriterCommand &command : std::as_const(batch.commands)) {
                if (command.answer)
                    writeAnswer(*command.answer); // answers that it failed
            }
            continue;
        }
        qsizetype written = 0;
        for (const WriterCommand &command : std::as_const(batch.commands)) {
            writeAppends(batch.appends, written, command.position);
            written = command.position;
            runCommand(command);
        }
        writeAppends(batch.appends, written, batch.appends.size());
    }
    closeConnection();
}

bool CaptureWriter::openConnection()
{
    const bool shared = m_location.isShared();
    m_database = CaptureSchema::openConnection(m_connectionName, m_location, true, &m_openError);
    if (!m_database.isOpen())
        return false;
    m_inserter = RowInserter::create(m_database, &m_openError);
    if (!m_inserter || (!shared && !loadNextId())) // a shared store's ids come from it
        return false;
    m_maintenance.emplace(m_database, shared);
    return m_maintenance->load(&m_openError) && m_marks.open(m_database, shared, &m_openError);
}

bool CaptureWriter::reopenConnection()
{
    const Retention retention = m_maintenance ? m_maintenance->retention() : Retention();
    closeConnection();
    if (!openConnection()) {
        reportFailure(m_openError);
        return false;
    }
    if (retention != Retention()) // the retention in force, kept across the reconnect
        m_maintenance->run({WriterCommand::Kind::Retention, {}, retention, -1, {}}, m_nextId);
    return true;
}

// The id of the next row: after the highest stored, and after every id ever given (deleted
// rows' ids are not given again).
bool CaptureWriter::loadNextId()
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (query.exec(u"SELECT MAX(id) FROM captures"_s) && query.next()) {
        m_nextId = query.value(0).toLongLong() + 1;
        if (query.exec(u"SELECT next_id FROM capture_schema"_s) && query.next()) {
            m_nextId = std::max(m_nextId, query.value(0).toLongLong());
            return true;
        }
    }
    m_openError = tr("The capture database could not be read (%1). Choose another data directory "
                     "or move the file away.")
                      .arg(query.lastError().text());
    return false;
}

void CaptureWriter::closeConnection()
{
    m_inserter.reset();
    m_maintenance.reset();
    m_marks.close();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

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

void CaptureWriter::runCommand(const WriterCommand &command)
{
    if (command.kind == WriterCommand::Kind::Answer) {
        writeAnswer(*command.answer);
        return;
    }
    if (!m_database.isOpen())
        return;
    const CaptureMaintenance::Outcome outcome = m_maintenance->run(command, m_nextId);
    if (!outcome.error.isEmpty()) {
        m_reconnect = m_location.isShared();
        reportFailure(outcome.error);
        return;
    }
    reportSuccess();
    const bool userCommand = command.position >= 0; // not the trim after a commit
    if (command.kind == WriterCommand::Kind::Remove || command.kind == WriterCommand::Kind::Clear)
        m_marks.removed(DeliveryMarks::Removal::Chosen);
    else if (outcome.trimmed > 0)
        m_marks.removed(DeliveryMarks::Removal::Trimmed);
    if ((userCommand || outcome.trimmed > 0) && m_callbacks.changed)
        m_callbacks.changed();
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

void CaptureWriter::reportFailure(const QString &error)
{
    if (m_failing)
        return;
    m_failing = true;
    if (m_callbacks.writeFailed)
        m_callbacks.writeFailed(error);
}

void CaptureWriter::reportSuccess()
{
    if (!m_failing)
        return;
    m_failing = false;
    if (m_callbacks.writeRecovered)
        m_callbacks.writeRecovered();
}

} // namespace Capture
