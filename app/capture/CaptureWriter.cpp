// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureWriter.h"

#include "app/capture/CaptureSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Capture {

namespace {

std::atomic<quint64> nextWriterNumber {1};

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
    if (command.kind == WriterCommand::Kind::Remove || command.kind == WriterCommand::Kind::Clear)
        m_marks.removed(DeliveryMarks::Removal::Chosen);
    else if (outcome.trimmed > 0)
        m_marks.removed(DeliveryMarks::Removal::Trimmed);
    // Lists reload on `changed`: not for a retention that deleted nothing (the one restored at
    // start, say), which would list ten million ids again for nothing.
    const bool rowsChanged = command.kind != WriterCommand::Kind::Retention || outcome.trimmed > 0;
    if (rowsChanged && m_callbacks.changed)
        m_callbacks.changed();
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
