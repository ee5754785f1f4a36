#include "app/http/ReplyTarget.h"

#include "app/http/ThreadHandoff.h"

#include <QObject>
#include <QThread>

namespace Http {

ReplyTarget::ReplyTarget(QObject *receiver) : m_receiver(receiver) { }

void ReplyTarget::detach()
{
    const QMutexLocker lock(&m_mutex);
    m_receiver = nullptr;
}

void ReplyTarget::deliver(std::function<void()> delivery)
{
    QMutexLocker lock(&m_mutex);
    if (!m_receiver)
        return; // the client went away; the answer is dropped
    if (m_receiver->thread() == QThread::currentThread()) {
        lock.unlock(); // the delivery may run handlers that reply at once
        delivery();
        return;
    }
    // Posted while the lock keeps the receiver alive; should it die before the event is
    // handled, Qt discards the event with it.
    postToThread(m_receiver, std::move(delivery));
}

} // namespace Http
