// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/ServerThread.h"

#include "app/http/ThreadHandoff.h"

#include <QThread>

namespace Http {

ServerThread::ServerThread(const QString &name) : m_name(name) { }

ServerThread::~ServerThread()
{
    stop();
}

void ServerThread::start()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(m_name);
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    // Deleted on its own thread as the thread finishes, with everything parented to it.
    QObject::connect(m_thread.get(), &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

void ServerThread::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_context = nullptr;
}

bool ServerThread::isRunning() const
{
    return m_thread != nullptr;
}

void ServerThread::runBlocking(std::function<void()> function)
{
    Q_ASSERT(m_context);
    runOnThreadBlocking(m_context, std::move(function));
}

} // namespace Http
