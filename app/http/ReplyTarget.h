#pragma once

#include <QMutex>

#include <functional>

class QObject;

namespace Http {

// Where a handler's reply lands. The reply may be called on any thread, and after its
// connection is gone: the delivery then runs on the connection's thread (at once when already
// there, queued otherwise) or is dropped. Unlike a QPointer, the check and the post are safe
// against the connection being destroyed on its own thread at the same moment.
class ReplyTarget
{
    Q_DISABLE_COPY_MOVE(ReplyTarget)

public:
    explicit ReplyTarget(QObject *receiver);

    // Called by the receiver's destructor: later deliveries are dropped.
    void detach();
    void deliver(std::function<void()> delivery);

private:
    QMutex m_mutex;
    QObject *m_receiver; // null once detached
};

} // namespace Http
