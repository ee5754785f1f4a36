// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"
#include "app/capture/StoreLocation.h"

#include <QList>
#include <QThread>

#include <functional>
#include <memory>

namespace Capture {

// Follows a shared store: what any writer commits (this console's receiver, a colleague's, a
// headless one) reaches this console within a second, as the notices SharedStore sends at each
// commit, read on a thread of its own with its own event loop and connection (QtSql delivers
// PostgreSQL's notifications through the connection's socket). A heartbeat query each second
// notices a lost server; the follower then connects again each second and, once back, says
// `changed` so that the lists catch up with a query on what was committed meanwhile.
class StoreFollower final
{
    Q_DISABLE_COPY_MOVE(StoreFollower)

public:
    // Called on the follower's thread.
    struct Callbacks
    {
        std::function<void(const QList<CaptureSummary> &)> appended;
        std::function<void(const QList<CaptureSummary> &)> updated;
        std::function<void()> changed;
        std::function<void(const QString &)> lost; // a sentence; once until regained
        std::function<void()> regained;
    };

    StoreFollower(const StoreLocation &location, Callbacks callbacks);
    ~StoreFollower(); // stops listening and ends the thread

    // Listening before start() returns: nothing committed after the store opened is missed.
    void start();
    // The same without waiting for the server: `listening` runs on the follower's thread once
    // it listens, or once the first attempt failed (it then keeps trying each second).
    void start(std::function<void()> listening);

private:
    class Listener;
    QThread m_thread;
    Listener *m_listener = nullptr; // lives on m_thread
};

} // namespace Capture
