// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>

class QObject;
class QThread;

namespace Http {

// A thread of its own for a server and what it serves (the sandbox today, the receiver next).
// Objects are created on it inside runBlocking() with context() as their parent, or deleted
// there explicitly; whatever is still parented to context() is deleted on the thread by stop().
// All member functions are called from one controlling thread (usually the GUI thread), never
// from the server thread itself.
class ServerThread
{
    Q_DISABLE_COPY_MOVE(ServerThread)

public:
    explicit ServerThread(const QString &name);
    ~ServerThread();

    void start();
    // Quits the thread's event loop and waits for it to end.
    void stop();
    bool isRunning() const;

    // Runs `function` on the thread and waits for it; only while running.
    void runBlocking(std::function<void()> function);
    // The object that lives on the thread: the parent (and connect() context) for what runs
    // there. Null while stopped.
    QObject *context() const { return m_context; }

private:
    QString m_name;
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr;
};

} // namespace Http
