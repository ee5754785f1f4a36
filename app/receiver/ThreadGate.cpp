// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/receiver/ThreadGate.h"

namespace Receiver {

ThreadGate::ThreadGate(QObject *parent) : m_context(new QObject(parent)) { }

ThreadGate::~ThreadGate()
{
    close();
}

bool ThreadGate::post(std::function<void(QObject *context)> work)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_context)
        return false;
    QObject *context = m_context;
    // Queued to the context: dropped by Qt when the context is deleted before it runs.
    QMetaObject::invokeMethod(
        context, [context, work = std::move(work)] { work(context); }, Qt::QueuedConnection);
    return true;
}

void ThreadGate::close()
{
    const QMutexLocker lock(&m_mutex);
    delete m_context; // its timers and outgoing calls end with it
    m_context = nullptr;
}

} // namespace Receiver
