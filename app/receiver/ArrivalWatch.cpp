// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/receiver/ArrivalWatch.h"

#include "app/capture/CaptureStore.h"
#include "app/receiver/ReceiverController.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Receiver {

namespace {

// localhost and 127.0.0.1 are the same receiver.
QString hostOf(const QUrl &url)
{
    const QString host = url.host().toLower();
    return host == u"localhost"_s ? u"127.0.0.1"_s : host;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && hostOf(a) == hostOf(b)
        && a.port(a.scheme() == u"https"_s ? 443 : 80)
        == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

} // namespace

bool ArrivalWatch::leadsTo(const ReceiverController &receiver, const QUrl &url)
{
    if (!receiver.isRunning() || !url.isValid())
        return false;
    if (sameOrigin(url, receiver.localUrl()))
        return true;
    const QUrl publicUrl(receiver.publicUrl());
    return !receiver.publicUrl().isEmpty() && receiver.publicUrlProblem().isEmpty()
        && sameOrigin(url, publicUrl) && url.path().startsWith(publicUrl.path());
}

ArrivalWatch::ArrivalWatch(ReceiverController *receiver, const QString &callbackUrl,
                           QObject *parent)
    : QObject(parent)
{
    const QUrl url(callbackUrl);
    Capture::CaptureStore *store = receiver ? receiver->store() : nullptr;
    if (!store || !leadsTo(*receiver, url))
        return;
    m_watching = true;
    // Through a tunnel the public URL's path prefix may be the tunnel's own.
    const QUrl publicUrl(receiver->publicUrl());
    m_path = sameOrigin(url, receiver->localUrl()) || publicUrl.path().size() <= 1
        ? url.path()
        : url.path().mid(publicUrl.path().size() - (publicUrl.path().endsWith(u'/') ? 1 : 0));
    if (m_path.isEmpty())
        m_path = u"/"_s;
    connect(store, &Capture::CaptureStore::appended, this, &ArrivalWatch::seen);
}

void ArrivalWatch::seen(const QList<Capture::CaptureSummary> &summaries)
{
    for (const Capture::CaptureSummary &summary : summaries) {
        if (summary.path == m_path)
            m_arrived << summary;
    }
    if (m_found && match())
        conclude();
}

std::optional<Capture::CaptureSummary> ArrivalWatch::match() const
{
    for (auto it = m_arrived.crbegin(); it != m_arrived.crend(); ++it) {
        if (it->status == m_status)
            return *it;
    }
    return std::nullopt;
}

void ArrivalWatch::finish(int status, Found found)
{
    m_status = status;
    m_found = std::move(found);
    if (!m_watching || match()) {
        conclude();
        return;
    }
    QTimer::singleShot(GraceMs, this, &ArrivalWatch::conclude);
}

void ArrivalWatch::conclude()
{
    if (!m_found)
        return;
    const Found found = std::exchange(m_found, nullptr);
    found(m_watching ? match() : std::nullopt);
    deleteLater();
}

} // namespace Receiver
