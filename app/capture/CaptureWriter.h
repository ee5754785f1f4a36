#pragma once

#include "app/capture/CaptureRow.h"
#include "app/capture/CaptureStore.h"
#include "app/capture/DeliveryMarks.h"
#include "app/capture/SqliteInsert.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

namespace Capture {

// The store's writer: a thread with its own connection that takes every queued append at once
// and writes it in one transaction (group commit), then runs the queued pin, remove, clear and
// retention commands in the order they were given relative to the appends.
class CaptureWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Capture::CaptureStore) // its sentences are the store's
    Q_DISABLE_COPY_MOVE(CaptureWriter)

public:
    // Called on the writer thread.
    struct Callbacks
    {
        std::function<void(const QList<CaptureSummary> &)> appended;
        std::function<void()> changed;
        std::function<void(const QString &)> writeFailed;
        std::function<void()> writeRecovered;
    };

    CaptureWriter(const QString &path, Callbacks callbacks);
    ~CaptureWriter(); // stop()

    void start();
    // Writes what is queued, then ends the thread. Appends after it fail at once.
    void stop();

    void append(CaptureRecord &&record, CaptureStore::AppendDone &&done);
    void setPinned(const QList<qint64> &ids, bool pinned);
    void remove(const QList<qint64> &ids);
    void clear();
    void setRetention(const Retention &retention);

private:
    struct Pending
    {
        CaptureRecord record;
        CaptureStore::AppendDone done;
        QString path; // set by the writer
    };
    struct Command
    {
        enum class Kind { Pin, Unpin, Remove, Clear, Retention };
        Kind kind = Kind::Clear;
        QList<qint64> ids;
        Retention retention;
        qsizetype position = 0; // runs after the appends queued before it
    };
    static constexpr int PinnedMark = int(Mark::Pinned);

    void enqueue(Command &&command);
    void run();
    bool openConnection();
    bool loadState();
    void closeConnection();
    void writeAppends(QList<Pending> &batch, qsizetype from, qsizetype to);
    bool insertRows(QList<Pending> &batch, qsizetype from, qsizetype to, QString *error);
    void failAppends(QList<Pending> &batch, qsizetype from, qsizetype to, const QString &error);
    void runCommand(const Command &command);
    // Deletes unpinned rows matching `where` in the open transaction; the number deleted.
    std::optional<qint64> deleteUnpinned(const QString &where, const QVariantList &values);
    bool trimToCount(qint64 maxCount, qint64 *removed);
    bool trimByAge(qint64 maxAgeDays, qint64 *removed);
    void applyRetentionAfterCommit();
    void reportFailure(const QString &error);
    void reportSuccess();

    const QString m_path;
    const QString m_connectionName;
    const Callbacks m_callbacks;
    std::unique_ptr<QThread> m_thread;

    // Shared with the appending threads. Standard types: ThreadSanitizer cannot see the unlock
    // inside QWaitCondition::wait (Qt is not instrumented) and reports a double lock.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<Pending> m_queue;
    QList<Command> m_commands;
    qsizetype m_gatherRows = 1; // rows the last transaction took; the next waits for as many
    bool m_stopping = false;
    bool m_stopped = false;

    // The writer thread's own.
    QSqlDatabase m_database;
    QString m_openError;
    std::optional<QSqlQuery> m_insertCapture;
    std::optional<QSqlQuery> m_insertData;
    // The same INSERTs through SQLite's C API (the QSQLITE driver); the QSqlQuery pair otherwise.
#if WC_SQLITE_DIRECT
    std::unique_ptr<SqliteInsert> m_sqliteCapture;
    std::unique_ptr<SqliteInsert> m_sqliteData;
#endif
    qint64 m_nextId = 1;
    qint64 m_unpinnedCount = 0;
    Retention m_retention;
    qint64 m_lastAgeCheckMs = 0;
    bool m_failing = false;
    DeliveryMarks m_marks;
};

} // namespace Capture
