// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>

#include <functional>
#include <memory>

class QObject;

namespace Http {

class ReplyMailbox;

// Where a handler's reply lands; it implements the threading statement below. The delivery
// runs on the connection's thread (at once when already there, through the server's
// ReplyMailbox otherwise) or is dropped once the connection is gone. Unlike a QPointer, the
// check and the call are safe against the connection being destroyed on its own thread at the
// same moment: a delivery from another thread is checked on the connection's thread, where
// detach() runs too.
//
// Threading: the server, its connections and handleRequest() run on the server's thread; an
// HttpReply may be called once from any thread, at any time (a reply for a connection that is
// gone is dropped).
class ReplyTarget : public std::enable_shared_from_this<ReplyTarget>
{
    Q_DISABLE_COPY_MOVE(ReplyTarget)

public:
    // The mailbox belongs to the server the receiver (the connection) belongs to.
    ReplyTarget(QObject *receiver, std::shared_ptr<ReplyMailbox> mailbox);

    // Called by the receiver's destructor: later deliveries are dropped.
    void detach();
    void deliver(std::function<void()> delivery);

private:
    bool isAttached();

    QMutex m_mutex;
    QObject *m_receiver; // null once detached
    std::shared_ptr<ReplyMailbox> m_mailbox;
};

} // namespace Http
