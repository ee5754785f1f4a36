// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/ThreadHandoff.h"

#include <QThread>

#include <condition_variable>
#include <mutex>

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
// In the TSan runtime, not declared by GCC 12's header.
extern "C" void __tsan_ignore_thread_begin();
extern "C" void __tsan_ignore_thread_end();
#define WC_TSAN_RELEASE(address) __tsan_release(address)
#define WC_TSAN_ACQUIRE(address) __tsan_acquire(address)
#define WC_TSAN_IGNORE_BEGIN() __tsan_ignore_thread_begin()
#define WC_TSAN_IGNORE_END() __tsan_ignore_thread_end()
#else
#define WC_TSAN_RELEASE(address) ((void)(address))
#define WC_TSAN_ACQUIRE(address) ((void)(address))
#define WC_TSAN_IGNORE_BEGIN() ((void)0)
#define WC_TSAN_IGNORE_END() ((void)0)
#endif

namespace Http {

// Everything the caller prepared (the function and what it refers to) is released to the
// receiving thread, which acquires before it reads any of it: QThread::currentThread() reads
// nothing of the caller's. What Qt builds inside invokeMethod() after the release (its call
// object, the event, the wake-up of the other loop) is Qt's own business, freed by Qt on the
// other thread: TSan ignores the caller's accesses there rather than report them.
void postToThread(QObject *context, std::function<void()> function)
{
    auto call = [function = std::move(function)] {
        WC_TSAN_ACQUIRE(QThread::currentThread());
        function();
    };
    WC_TSAN_RELEASE(context->thread());
    WC_TSAN_IGNORE_BEGIN();
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
    WC_TSAN_IGNORE_END();
}

void runOnThreadBlocking(QObject *context, std::function<void()> function)
{
    Q_ASSERT(context->thread() != QThread::currentThread());
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    postToThread(context, [&] {
        function();
        const std::lock_guard lock(mutex);
        done = true;
        finished.notify_one();
    });
    std::unique_lock lock(mutex);
    finished.wait(lock, [&] { return done; });
}

} // namespace Http
