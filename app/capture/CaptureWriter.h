// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureMaintenance.h"
#include "app/capture/CaptureQueue.h"
#include "app/capture/DeliveryMarks.h"
#include "app/capture/RowInserter.h"
#include "app/capture/StoreLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QThread>

#include <memory>
#include <optional>

namespace Capture {

// The store's writer: a thread with its own connection that takes every queued append at once
// (CaptureQueue) and writes it in one transaction (RowInserter, with DeliveryMarks deciding the
// marks), then runs the queued pin, remove, clear and retention commands (CaptureMaintenance) in
// the order they were given relative to the appends. It answers each append once its
// transaction committed or failed, and reports failure and recovery once each.
class CaptureWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Capture::CaptureStore) // its sentences are the store's
    Q_DISABLE_COPY_MOVE(CaptureWriter)

public:
    // Called on the writer thread.
    struct Callbacks
    {
        std::function<void(const QList<CaptureSummary> &)> appended;
        std::function<void(const QList<CaptureSummary> &)> updated;
        std::function<void()> changed;
        std::function<void(const QString &)> writeFailed;
        std::function<void()> writeRecovered;
    };

    CaptureWriter(const StoreLocation &location, Callbacks callbacks);
    ~CaptureWriter(); // stop()

    void start();
    // Writes what is queued, then ends the thread. Appends after it fail at once.
    void stop();

    void append(CaptureRecord &&record, CaptureStore::AppendDone &&done);
    void updateAnswer(CaptureRecord &&record, CaptureStore::AnswerDone &&done);
    void setPinned(const QList<qint64> &ids, bool pinned);
    void remove(const QList<qint64> &ids);
    void clear();
    void setRetention(const Retention &retention);

private:
    void run();
    bool openConnection();
    bool reopenConnection(); // a shared store's, after its server went away
    bool loadNextId();
    void closeConnection();
    void writeAppends(QList<PendingAppend> &batch, qsizetype from, qsizetype to);
    bool insertRows(QList<PendingAppend> &batch, qsizetype from, qsizetype to, QString *error);
    void failAppends(QList<PendingAppend> &batch, qsizetype from, qsizetype to,
                     const QString &error);
    void runCommand(const WriterCommand &command);
    void writeAnswer(PendingAnswer &answer);
    void reportFailure(const QString &error);
    QString writeError(const QString &why) const;
    void reportSuccess();

    const StoreLocation m_location;
    const QString m_connectionName;
    const Callbacks m_callbacks;
    std::unique_ptr<QThread> m_thread;
    CaptureQueue m_queue;
    bool m_stopped = false; // stop() ran (the calling thread's)

    // The writer thread's own.
    QSqlDatabase m_database;
    QString m_openError;
    std::unique_ptr<RowInserter> m_inserter;
    std::optional<CaptureMaintenance> m_maintenance;
    qint64 m_nextId = 1;
    bool m_failing = false;
    bool m_reconnect = false; // a write on a shared store failed: connect again before the next
    DeliveryMarks m_marks;
};

} // namespace Capture
