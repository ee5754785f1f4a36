// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Small pieces of a capture as every hand-off format writes them. They read the record's fields
// directly, so this library links without the capture store.
namespace Handoff {

// True when `bytes` is valid UTF-8 (empty is).
bool isUtf8(const QByteArray &bytes);
// UTF-8 when valid, otherwise Latin-1 (each byte one character): header values are bytes.
QString headerText(const QByteArray &bytes);
// "2026-11-30T15:55:49.123Z"
QString isoTime(const QDateTime &time);
// "HTTP/1.1"
QByteArray httpVersion(const Capture::CaptureRecord &record);
// The target before '?', and after it (empty when none).
QByteArray targetPath(const QByteArray &target);
QByteArray targetQuery(const QByteArray &target);
// "duplicate", "out-of-order", … in a fixed order.
QStringList markNames(Capture::Marks marks);
// "127.0.0.1:5000", or empty when unknown.
QString peerText(const Capture::CaptureRecord &record);
double durationMs(const Capture::CaptureRecord &record);

} // namespace Handoff
