// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QObject;

namespace Http {

// Carries replies made on other threads to the server's thread, a burst at a time: the first
// reply of a burst posts one event, the rest only join the queue, and that event delivers them
// all. The receiver's store answers a whole group commit at once from its writer thread; posting
// each answer on its own cost an event, a call object and an eventfd wake-up apiece.
// One per server, shared by its connections' ReplyTargets.
class ReplyMailbox : public std::enable_shared_from_this<ReplyMailbox>
{
public:
    // `context` lives on the server's thread; the deliveries run there.
    explicit ReplyMailbox(QObject *context);
    ReplyMailbox(const ReplyMailbox &) = delete;
    ReplyMailbox &operator=(const ReplyMailbox &) = delete;

    // Called by the context's destructor, on its thread: later deliveries are dropped.
    void detach();
    // From any thread: runs `delivery` on the context's thread, later.
    void post(std::function<void()> delivery);

private:
    void deliverAll();

    std::mutex m_mutex;
    QObject *m_context; // null once detached
    std::vector<std::function<void()>> m_queue;
    bool m_wakePosted = false;
};

} // namespace Http
