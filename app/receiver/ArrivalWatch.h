// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace Receiver {

class ReceiverController;

// The round trip of a test call: while Channex (or the sandbox) calls a webhook whose callback
// URL is the live receiver (its local URL, or its public URL), this notes what the receiver
// stores; when the test's answer is back, finish() names the capture that call made. Channex's
// answer to a test carries only the target's status and body, so the capture is the one stored
// during the call, at the callback URL's path, that was answered with that status (the latest,
// should two match). It reads nothing from the store: it listens to what the store announces, so
// a shared store's server is never waited for.
class ArrivalWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArrivalWatch)

public:
    // Starts watching when `callbackUrl` leads to `receiver` and it is running.
    ArrivalWatch(ReceiverController *receiver, const QString &callbackUrl,
                 QObject *parent = nullptr);

    bool isWatching() const { return m_watching; }
    // Whether `url` leads to the receiver as it now runs (local or public URL).
    static bool leadsTo(const ReceiverController &receiver, const QUrl &url);

    using Found = std::function<void(const std::optional<Capture::CaptureSummary> &)>;
    // The test's answer is back with `status`: `found` runs once, at once when the capture was
    // announced already, else when it is (its commit can be announced after the answer left),
    // or with nothing after GraceMs. Then this object deletes itself.
    void finish(int status, Found found);

    static constexpr int GraceMs = 2000;

private:
    void seen(const QList<Capture::CaptureSummary> &summaries);
    std::optional<Capture::CaptureSummary> match() const;
    void conclude();

    bool m_watching = false;
    QString m_path;
    QList<Capture::CaptureSummary> m_arrived;
    int m_status = -1; // set by finish()
    Found m_found;
};

} // namespace Receiver
