// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/AnswerText.h"

#include "app/http/HttpResponse.h"

#include <QLocale>

using Capture::Mark;

namespace Gui {

namespace {

QString milliseconds(qint64 us)
{
    return AnswerText::tr("%1 ms").arg(QLocale().toString(double(us) / 1000.0, 'f', 1));
}

} // namespace

QString AnswerText::summary(const Capture::CaptureRecord &record)
{
    const bool forwarded = record.marks.testFlag(Mark::Forwarded);
    if (record.status <= 0) {
        return forwarded ? tr("Not answered yet: waiting for your app's answer")
                         : tr("No answer was sent: the connection closed first");
    }
    const QString status = Http::HttpResponse::statusText(record.status);
    if (record.marks.testFlag(Mark::AnsweredByRule))
        return tr("%1, as the response rule “%2” says").arg(status, record.answeredBy);
    if (forwarded) {
        return record.forwarded.status > 0 ? tr("%1, the answer of your app").arg(status)
                                           : tr("%1: your app did not answer").arg(status);
    }
    return status;
}

QString AnswerText::forwarding(const Capture::CaptureRecord &record)
{
    if (!record.marks.testFlag(Mark::Forwarded))
        return {};
    const Capture::ForwardedAnswer &sent = record.forwarded;
    if (record.status <= 0)
        return tr("Sent on to %1; its answer has not arrived.").arg(sent.url);
    if (sent.status > 0)
        return tr("Sent on to %1, which answered %2 in %3.")
            .arg(sent.url, Http::HttpResponse::statusText(sent.status),
                 milliseconds(sent.durationUs));
    return tr("Sent on to %1, which did not answer: %2 (after %3).")
        .arg(sent.url, sent.error, milliseconds(sent.durationUs));
}

bool AnswerText::isSuccess(const Capture::CaptureRecord &record)
{
    return record.status >= 200 && record.status < 300;
}

} // namespace Gui
