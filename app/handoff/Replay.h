// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"
#include "app/delivery/OutgoingRequest.h"

#include <QByteArray>
#include <QUrl>

namespace Handoff {

// A capture sent again (replay), as the user edited it in the replay dialog.
struct ReplayRequest
{
    QByteArray method;
    QUrl url; // the whole URL the request goes to, query included
    Http::HeaderList headers; // in order; Host, Content-Length and the like are the transport's
    QByteArray body;
};

// The capture as a replay starts: its method, headers (without those the transport sets), body,
// and `url` (http://<Host header><target> when `url` is empty).
ReplayRequest replayRequest(const Capture::CaptureRecord &record, const QUrl &url = {});

// The captured URL: http://<Host header, or localhost><target>.
QUrl capturedUrl(const Capture::CaptureRecord &record);

// True for an absolute http or https URL with a host: the only kind a replay goes to.
bool isReplayUrl(const QUrl &url);

// What Delivery::send sends: exactly these headers, the method and body as edited.
Delivery::OutgoingRequest outgoingRequest(const ReplayRequest &replay);

} // namespace Handoff
