#pragma once

#include <QMutex>

#include <functional>

class QObject;

namespace Http {

// Where a handler's reply lands; it implements the threading statement below. The delivery
// runs on the connection's thread (at once when already there, queued otherwise) or is dropped
// once the connection is gone. Unlike a QPointer, the check and the post are safe against the
// connection being destroyed on its own thread at the same moment.
//
// Threading: the server, its connections and handleRequest() run on the server's thread; an
// HttpReply may be called once from any thread, at any time (a reply for a connection that is
// gone is dropped).
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
