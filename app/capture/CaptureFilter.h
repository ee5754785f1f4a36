// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>

namespace Capture {

// What the captured list shows. Every part narrows; an empty filter shows everything. Each
// part is defined once (conditions()), as a SQL condition the store runs, so filtering never
// loads captures into memory, and as the same test on a summary, so a live list takes in new
// rows without asking the database. The text part needs the bodies: it exists in SQL only.
struct CaptureFilter
{
    enum class StatusClass { Any, Success, ClientError, ServerError };

    QString event; // exact Channex event name; empty = any
    bool unrecognisedOnly = false; // only captures with no Channex event
    QByteArray method; // "POST", … compared exactly; empty = any
    StatusClass status = StatusClass::Any; // 2xx / 4xx / 5xx
    QString text; // case-insensitive substring of the body, a header name or a header value
    bool pinnedOnly = false;
    bool markedOnly = false; // AttentionMarks: duplicates, out of order, rejected, secret
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

    // One part of the filter, both ways: `sql` over the captures table (alias c) with its bound
    // `values`, and `test` on a summary, which must agree with it on every row.
    struct Condition
    {
        QString sql;
        QVariantList values;
        std::function<bool(const CaptureSummary &)> test;
    };
    // Every part but the text, in a fixed order.
    QList<Condition> conditions() const;
    // The summary passes every condition (the text is not looked at: summaries hold no body).
    bool matches(const CaptureSummary &summary) const;
};

} // namespace Capture
