// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

class QTextStream;

namespace Cli {

// `webhook-console --fire EVENT --to URL [--property ID]`: sends the documented sample of one of
// the 28 events (filled in: the property, fresh ids, the time now) to URL as the sandbox delivers
// it, a POST with Content-Type: application/json, and prints the answer (status line, headers,
// body) on `out`. Returns the exit code: 0 for a 2xx answer, 1 for any other answer or none (the
// reason on `err`). Needs a running event loop's application object, not a display.
int runFire(const QString &event, const QUrl &target, const QString &propertyId, QTextStream &out,
            QTextStream &err);

} // namespace Cli
