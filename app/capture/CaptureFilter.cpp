// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureFilter.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Capture {

namespace {

// The status classes as ranges, for SQL and summaries alike.
std::pair<int, int> statusRange(CaptureFilter::StatusClass status)
{
    switch (status) {
    case CaptureFilter::StatusClass::Success:
        return {200, 299};
    case CaptureFilter::StatusClass::ClientError:
        return {400, 499};
    case CaptureFilter::StatusClass::ServerError:
        return {500, 599};
    case CaptureFilter::StatusClass::Any:
        break;
    }
    return {0, 0};
}

} // namespace

QList<CaptureFilter::Condition> CaptureFilter::conditions() const
{
    QList<Condition> all;
    if (!event.isEmpty()) {
        all.append({u"c.event = ?"_s, {event}, [event = event](const CaptureSummary &s) {
                        return s.event == event;
                    }});
    }
    if (unrecognisedOnly)
        all.append({u"c.event = ''"_s, {}, [](const CaptureSummary &s) {
                        return s.event.isEmpty();
                    }});
    if (!method.isEmpty()) {
        // Exactly, in SQL (`=` compares text case-sensitively) and here alike.
        all.append({u"c.method = ?"_s,
                    {QString::fromLatin1(method)},
                    [method = method](const CaptureSummary &s) {
                        return s.method == method;
                    }});
    }
    if (status != StatusClass::Any) {
        const auto [low, high] = statusRange(status);
        all.append({u"c.status >= %1 AND c.status <= %2"_s.arg(low).arg(high),
                    {},
                    [low, high](const CaptureSummary &s) {
                        return s.status >= low && s.status <= high;
                    }});
    }
    if (pinnedOnly) {
        all.append(
            {u"(c.marks & %1) <> 0"_s.arg(int(Mark::Pinned)), {}, [](const CaptureSummary &s) {
                 return s.marks.testFlag(Mark::Pinned);
             }});
    }
    if (markedOnly) {
        all.append(
            {u"(c.marks & %1) <> 0"_s.arg(AttentionMarks.toInt()), {}, [](const CaptureSummary &s) {
                 return (s.marks & AttentionMarks) != Marks();
             }});
    }
    if (afterId > 0) {
        all.append({u"c.id > ?"_s, {afterId}, [afterId = afterId](const CaptureSummary &s) {
                        return s.id > afterId;
                    }});
    }
    return all;
}

bool CaptureFilter::matches(const CaptureSummary &summary) const
{
    const QList<Condition> all = conditions();
    return std::all_of(all.cbegin(), all.cend(),
                       [&summary](const Condition &condition) { return condition.test(summary); });
}

} // namespace Capture
