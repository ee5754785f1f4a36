// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/CaptureSearch.h"

#include "app/capture/CaptureStore.h"

namespace Gui {

CaptureSearch::CaptureSearch(Capture::CaptureStore *store)
    : m_store(store), m_search(&m_pool, this, [this](const QList<qint64> &ids) {
          setRunning(false);
          emit finished(ids);
      })
{
    m_pool.setMaxThreadCount(1);
}

CaptureSearch::~CaptureSearch() = default;

void CaptureSearch::start(const Capture::CaptureFilter &filter)
{
    Capture::CaptureStore *store = m_store;
    m_search.start([store, filter] { return store->ids(filter); });
    setRunning(true);
}

void CaptureSearch::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged(running);
}

} // namespace Gui
