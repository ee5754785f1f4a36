#include "app/capture/CaptureWriter.h"

#include "app/capture/CaptureRow.h"
#include "app/capture/CaptureSchema.h"
#include "app/capture/PayloadTime.h"
#include "app/capture/SqliteHandle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QStringList>

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

// Group commit, adaptive: under load a transaction waits this long at most for as many rows as
// the previous one held. A commit writes about ten pages however few rows it holds, so taking
// the rows of every connection in flight at once writes a third as many pages per capture. A
// lone request never waits: the previous transaction held one row.
constexpr auto GatherTimeout = std::chrono::microseconds(250);
constexpr qsizetype MaxGatherRows = 256;

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

CaptureWriter::CaptureWriter(const QString &path, Callbacks callbacks)
    : m_path(path), m_connectionName(u"wc_capture_writer_%1"_s.arg(nextWriterNumber.fetch_add(1))),
      m_callbacks(std::move(callbacks))
{ }

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
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return;
        m_stopping = true;
        m_stopped = true;
        m_wake.notify_one();
    }
    if (m_thread)
        m_thread->wait();
}

void CaptureWriter::append(CaptureRecord &&record, CaptureStore::AppendDone &&done)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_queue.append(Pending {std::move(record), std::move(done), {}});
            if (m_queue.size() == 1 || m_queue.size() == m_gatherRows)
                m_wake.notify_one();
            return;
        }
    }
    record.id = 0;
    if (done)
        done(record, tr("The capture store is closed."));
}

void CaptureWriter::enqueue(Command &&command)
{
    std::lock_guard lock(m_mutex);
    if (m_stopping)
        return;
    command.position = m_queue.size();
    m_commands.append(std::move(command));
    m_wake.notify_one();
}

void CaptureWriter::setPinned(const QList<qint64> &ids, bool pinned)
{
    enqueue({pinned ? Command::Kind::Pin : Command::Kind::Unpin, ids, {}, 0});
}

void CaptureWriter::remove(const QList<qint64> &ids)
{
    enqueue({Command::Kind::Remove, ids, {}, 0});
}

void CaptureWriter::clear()
{
    enqueue({Command::Kind::Clear, {}, {}, 0});
}

void CaptureWriter::setRetention(const Retention &retention)
{
    enqueue({Command::Kind::Retention, {}, retention, 0});
}

void CaptureWriter::run()
{
    const bool ready = openConnection() && loadState();
    for (;;) {
        QList<Pending> batch;
        QList<Command> commands;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(
                lock, [this] { return !m_queue.isEmpty() || !m_commands.isEmpty() || m_stopping; });
            if (m_queue.isEmpty() && m_commands.isEmpty())
                break; // stopping, and everything is written
            if (m_queue.size() < m_gatherRows && m_commands.isEmpty() && !m_stopping) {
                m_wake.wait_for(lock, GatherTimeout, [this] {
                    return m_queue.size() >= m_gatherRows || !m_commands.isEmpty() || m_stopping;
                });
            }
            m_gatherRows = std::min(m_queue.size(), MaxGatherRows);
            batch.swap(m_queue);
            commands.swap(m_commands);
        }
        if (!ready) {
            failAppends(batch, 0, batch.size(), m_openError);
            continue;
        }
        qsizetype written = 0;
        for (const Command &command : std::as_const(commands)) {
            writeAppends(batch, written, command.position);
            written = command.position;
            runCommand(command);
        }
        writeAppends(batch, written, batch.size());
    }
    closeConnection();
}

bool CaptureWriter::openConnection()
{
    m_database = CaptureSchema::openConnection(m_connectionName, m_path, true, &m_openError);
    if (!m_database.isOpen())
        return false;
    m_insertCapture.emplace(m_database);
    m_insertData.emplace(m_database);
    const bool prepared = m_insertCapture->prepare(CaptureRow::InsertCapture)
        && m_insertData->prepare(CaptureRow::InsertData);
#if WC_SQLITE_DIRECT
    if (prepared && sqliteHandle(m_database)) {
        m_sqliteCapture = std::make_unique<SqliteInsert>(m_database, CaptureRow::InsertCapture);
        m_sqliteData = std::make_unique<SqliteInsert>(m_database, CaptureRow::InsertData);
        if (!m_sqliteCapture->isValid() || !m_sqliteData->isValid()) {
            m_openError = tr("The capture database could not be prepared (%1). Choose another "
                             "data directory or move the file away.")
                              .arg(m_sqliteCapture->errorString());
            return false;
        }
    }
#endif
    if (!prepared) {
        m_openError = tr("The capture database could not be prepared (%1). Choose another data "
                         "directory or "
                         "move the file away.")
                          .arg(m_insertCapture->lastError().text());
        return false;
    }
    return true;
}

// What the marks and ids of new rows depend on, read once from the database.
bool CaptureWriter::loadState()
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    const auto fail = [&] {
        m_openError = tr("The capture database could not be read (%1). Choose another data "
                         "directory or move "
                         "the file away.")
                          .arg(query.lastError().text());
        return false;
    };
    if (!query.exec(u"SELECT MAX(id) FROM captures"_s) || !query.next())
        return fail();
    m_nextId = query.value(0).toLongLong() + 1;
    if (!query.exec(u"SELECT next_id FROM capture_schema"_s) || !query.next())
        return fail();
    m_nextId = std::max(m_nextId, query.value(0).toLongLong());
    if (!query.exec(u"SELECT COUNT(*) FROM captures WHERE (marks & %1) = 0"_s.arg(PinnedMark))
        || !query.next())
        return fail();
    m_unpinnedCount = query.value(0).toLongLong();

    return m_marks.open(m_database, &m_openError);
}

void CaptureWriter::closeConnection()
{
#if WC_SQLITE_DIRECT
    m_sqliteCapture.reset();
    m_sqliteData.reset();
#endif
    m_insertCapture.reset();
    m_insertData.reset();
    m_marks.close();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void CaptureWriter::writeAppends(QList<Pending> &batch, qsizetype from, qsizetype to)
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
            m_marks.rolledBack();
            failAppends(batch, from, end, error);
            reportFailure(error);
        } else {
            QList<CaptureSummary> summaries;
            summaries.reserve(end - from);
            for (qsizetype i = from; i < end; ++i) {
                Pending &pending = batch[i];
                summaries.append(CaptureRow::summaryOf(pending.record, pending.path));
                if (pending.done)
                    pending.done(pending.record, QString());
                pending.done = nullptr;
            }
            reportSuccess();
            if (m_callbacks.appended)
                m_callbacks.appended(summaries);
            applyRetentionAfterCommit();
        }
        from = end;
    }
}

bool CaptureWriter::insertRows(QList<Pending> &batch, qsizetype from, qsizetype to, QString *error)
{
    if (!m_database.transaction()) {
        *error = tr("The capture could not be written to the database (%1). Check that the disk "
                    "has free "
                    "space and that no other program keeps the capture database locked.")
                     .arg(m_database.lastError().text());
        return false;
    }
    qint64 unpinnedAdded = 0;
    const qint64 now = nowUs();
    for (qsizetype i = from; i < to; ++i) {
        CaptureRecord &record = batch[i].record;
        record.id = m_nextId + (i - from);
        if (record.durationUs == 0 && record.receivedAt.isValid())
            record.durationUs
                = std::max<qint64>(0, now - record.receivedAt.toMSecsSinceEpoch() * 1000);
        CaptureRow::Derived derived;
        derived.path = record.path();
        batch[i].path = derived.path;
        if (!record.payloadTimestamp.isEmpty())
            derived.payloadTime = PayloadTime::parse(record.payloadTimestamp);
        m_marks.mark(record, derived);
        if (!record.marks.testFlag(Mark::Pinned))
            ++unpinnedAdded;
        QString sqlError;
#if WC_SQLITE_DIRECT
        if (m_sqliteCapture) {
            CaptureRow::writeCapture(*m_sqliteCapture, record, derived);
            if (m_sqliteCapture->run(&sqlError)) {
                CaptureRow::writeData(*m_sqliteData, record);
                m_sqliteData->run(&sqlError);
            }
        } else
#endif
        {
            CaptureRow::bindCapture(*m_insertCapture, record, derived);
            CaptureRow::bindData(*m_insertData, record);
            if (!m_insertCapture->exec() || !m_insertData->exec()) {
                sqlError = m_insertCapture->lastError().isValid()
                    ? m_insertCapture->lastError().text()
                    : m_insertData->lastError().text();
            }
        }
        if (!sqlError.isEmpty()) {
            *error = tr("The capture could not be written to the database (%1). Check that the "
                        "disk has free "
                        "space and that no other program keeps the capture database locked.")
                         .arg(sqlError);
            m_database.rollback();
            return false;
        }
    }
    if (!m_database.commit()) {
        *error = tr("The capture could not be written to the database (%1). Check that the disk "
                    "has free "
                    "space and that no other program keeps the capture database locked.")
                     .arg(m_database.lastError().text());
        m_database.rollback();
        return false;
    }
    m_nextId += to - from;
    m_unpinnedCount += unpinnedAdded;
    m_marks.committed();
    return true;
}

void CaptureWriter::failAppends(QList<Pending> &batch, qsizetype from, qsizetype to,
                                const QString &error)
{
    for (qsizetype i = from; i < to; ++i) {
        Pending &pending = batch[i];
        pending.record.id = 0;
        pending.record.marks &= ~Marks(Mark::Duplicate | Mark::OutOfOrder);
        if (pending.done)
            pending.done(pending.record, error);
        pending.done = nullptr;
    }
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
