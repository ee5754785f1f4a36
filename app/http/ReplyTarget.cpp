// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/ReplyTarget.h"

#include "app/http/ReplyMailbox.h"

#include <QObject>
#include <QThread>

namespace Http {

ReplyTarget::ReplyTarget(QObject *receiver, std::shared_ptr<ReplyMailbox> mailbox)
    : m_receiver(receiver), m_mailbox(std::move(mailbox))
{ }

void ReplyTarget::detach()
{
    const QMutexLocker lock(&m_mutex);
    m_receiver = nullptr;
}

bool ReplyTarget::isAttached()
{
    const QMutexLocker lock(&m_mutex);
    return m_receiver != nullptr;
}

void ReplyTarget::deliver(std::function<void()> delivery)
{
    QMutexLocker lock(&m_mutex);
    if (!m_receiver)
        return; // the client went away; the answer is dropped
    const bool onReceiverThread = m_receiver->thread() == QThread::currentThread();
    lock.unlock(); // the delivery may run handlers that reply at once
    if (onReceiverThread) {
        delivery();
        return;
    }
    // Checked again over there: the connection may be gone by the time the mailbox runs it.
    m_mailbox->post([target = shared_from_this(), delivery = std::move(delivery)] {
        if (target->isAttached())
            delivery();
    });
}

} // namespace Http
