// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"
#include "app/handoff/Redaction.h"

#include <QString>
#include <QUrl>

namespace Handoff {

// A POSIX shell command that sends the capture again with curl: the same
// method, target, headers in order (duplicates kept) and body bytes. The URL is `baseUrl`
// (scheme, host, port and an optional path prefix) followed by the capture's target; an empty
// `baseUrl` means http://<the capture's Host header>.
//
// Exactness: curl's own User-Agent, Accept, Content-Type and Expect are switched off when the
// capture did not carry them; Host, Content-Length, Transfer-Encoding and Connection come from
// curl (the body is sent de-chunked with its length). A body that is UTF-8 text without control
// characters (other than tab and newline), at most 64 KiB and not starting with '@' is passed as
// --data-binary '<text>'; any other body is written by the shell's printf with octal escapes and
// piped in with --data-binary @-. Header values that are not plain text are built with printf in
// the same way. The command itself is therefore always printable UTF-8, safe for a clipboard.
QString curlCommand(const Capture::CaptureRecord &record, const RedactionOptions &options = {},
                    const QUrl &baseUrl = {});

// `bytes` quoted for a POSIX shell: '…' with each ' written as '\''.
QByteArray shellQuote(const QByteArray &bytes);

} // namespace Handoff
