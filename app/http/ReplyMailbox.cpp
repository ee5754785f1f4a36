// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/ReplyMailbox.h"

#include "app/http/ThreadHandoff.h"

namespace Http {

ReplyMailbox::ReplyMailbox(QObject *context) : m_context(context) { }

void ReplyMailbox::detach()
{
    const std::lock_guard lock(m_mutex);
    m_context = nullptr;
    m_queue.clear();
}

void ReplyMailbox::post(std::function<void()> delivery)
{
    const std::lock_guard lock(m_mutex);
    if (!m_context)
        return;
    m_queue.push_back(std::move(delivery));
    if (m_wakePosted)
        return; // the event already on its way delivers this one too
    m_wakePosted = true;
    // Posted while the lock keeps the context alive; should it die before the event is
    // handled, Qt discards the event with it.
    postToThread(m_context, [mailbox = shared_from_this()] { mailbox->deliverAll(); });
}

void ReplyMailbox::deliverAll()
{
    std::vector<std::function<void()>> batch;
    {
        const std::lock_guard lock(m_mutex);
        batch.swap(m_queue);
        m_wakePosted = false; // replies made from here on need an event of their own
    }
    for (const std::function<void()> &delivery : batch)
        delivery();
}

} // namespace Http
