// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handoff/Replay.h"

#include "app/handoff/RecordText.h"
#include "app/http/HopByHop.h"

using namespace Qt::StringLiterals;

namespace Handoff {

QUrl capturedUrl(const Capture::CaptureRecord &record)
{
    const QByteArray host = Http::firstHeader(record.headers, "Host").trimmed();
    const QByteArray target = record.target.startsWith('/') ? record.target : '/' + record.target;
    return QUrl::fromEncoded("http://" + (host.isEmpty() ? QByteArray("localhost") : host)
                             + target);
}

ReplayRequest replayRequest(const Capture::CaptureRecord &record, const QUrl &url)
{
    ReplayRequest replay;
    replay.method = record.method.isEmpty() ? QByteArray("POST") : record.method;
    replay.url = url.isEmpty() ? capturedUrl(record) : url;
    replay.headers = Http::endToEndHeaders(record.headers, Http::KeepHost::No);
    replay.body = record.body;
    return replay;
}

bool isReplayUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == "http"_L1 || scheme == "https"_L1) && !url.host().isEmpty();
}

Delivery::OutgoingRequest outgoingRequest(const ReplayRequest &replay)
{
    Delivery::OutgoingRequest request;
    request.method = replay.method;
    request.url = replay.url;
    request.headers = replay.headers;
    request.body = replay.body;
    return request;
}

} // namespace Handoff
