// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

namespace Receiver {

// Work posted from any thread (the store's writer) to the receiver's thread, where timers and
// outgoing calls can run, for as long as the receiver is there: once close() ran, posts are
// dropped, and what was posted but not yet run is dropped with the object it was queued to.
class ThreadGate final
{
    Q_DISABLE_COPY_MOVE(ThreadGate)

public:
    // Called on the receiver's thread; `parent` lives there.
    explicit ThreadGate(QObject *parent);
    ~ThreadGate();

    // Any thread. False when closed: `work` will not run.
    bool post(std::function<void(QObject *context)> work);
    // On the receiver's thread: stops the posts and what they started (timers, calls).
    void close();

private:
    QMutex m_mutex;
    QObject *m_context = nullptr; // the parent and connect() context of posted work
};

} // namespace Receiver
