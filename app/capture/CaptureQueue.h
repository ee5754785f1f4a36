// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureStore.h"

#include <condition_variable>
#include <memory>
#include <mutex>

namespace Capture {

// What the writer is asked to do, in the order it was asked.
struct PendingAppend
{
    CaptureRecord record;
    CaptureStore::AppendDone done;
    QString path; // set by the writer
};

// The answer of a capture already stored (CaptureStore::updateAnswer).
struct PendingAnswer
{
    CaptureRecord record;
    CaptureStore::AnswerDone done;
};

struct WriterCommand
{
    enum class Kind { Pin, Unpin, Remove, Clear, Retention, Answer };
    Kind kind = Kind::Clear;
    QList<qint64> ids;
    Retention retention;
    qsizetype position = 0; // runs after the appends queued before it; -1: the writer's own trim
    std::shared_ptr<PendingAnswer> answer; // Kind::Answer
};

// The writer's queue and its batching (group commit): appends from any thread wait here, and
// the writer thread takes all of them at once, waiting a moment under load for as many rows as
// its previous transaction held. Commands keep their place relative to the appends.
class CaptureQueue final
{
    Q_DISABLE_COPY_MOVE(CaptureQueue)

public:
    struct Batch
    {
        QList<PendingAppend> appends;
        QList<WriterCommand> commands;
    };

    CaptureQueue() = default;

    // False once stopped: the append is not taken (the caller answers it).
    bool push(PendingAppend &&append);
    void push(WriterCommand &&command);
    // Blocks until there is work, then takes it all. False when stopped and everything is taken.
    bool next(Batch &batch);
    // Wakes next(); what is queued is still handed out, nothing more is taken.
    void stop();

private:
    // Standard types: ThreadSanitizer cannot see the unlock inside QWaitCondition::wait (Qt is
    // not instrumented) and reports a double lock.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<PendingAppend> m_appends;
    QList<WriterCommand> m_commands;
    qsizetype m_gatherRows = 1; // rows the last batch took; the next waits for as many
    bool m_stopping = false;
};

} // namespace Capture
