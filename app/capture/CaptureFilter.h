#pragma once

#include <QByteArray>
#include <QString>

namespace Capture {

// What the captured list shows (F13). Every part narrows; an empty filter shows everything.
// The store turns it into a WHERE clause, so filtering never loads captures into memory.
struct CaptureFilter
{
    enum class StatusClass { Any, Success, ClientError, ServerError };

    QString event; // exact Channex event name; empty = any
    bool unrecognisedOnly = false; // only captures with no Channex event
    QByteArray method; // "POST", …; empty = any
    StatusClass status = StatusClass::Any; // 2xx / 4xx / 5xx
    QString text; // case-insensitive substring of the body, a header name or a header value
    bool pinnedOnly = false;
    bool markedOnly = false; // duplicates, out-of-order, rejected or secret mismatches
    // Only captures stored after this id: a live list asks for what a commit added, not for
    // every match again (a text search over 100,000 bodies takes longer than a commit).
    qint64 afterId = 0;

    bool isEmpty() const
    {
        return event.isEmpty() && !unrecognisedOnly && method.isEmpty()
            && status == StatusClass::Any && text.isEmpty() && !pinnedOnly && !markedOnly
            && afterId == 0;
    }
    friend bool operator==(const CaptureFilter &, const CaptureFilter &) = default;
};

} // namespace Capture
