// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/CaptureSearch.h"

#include "app/capture/CaptureStore.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace Gui {

CaptureSearch::CaptureSearch(Capture::CaptureStore *store) : m_store(store)
{
    m_pool.setMaxThreadCount(1);
}

CaptureSearch::~CaptureSearch()
{
    m_pool.waitForDone();
}

void CaptureSearch::start(const Capture::CaptureFilter &filter)
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<QList<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a later search, or a reload without one, came after it
        setRunning(false);
        emit finished(watcher->result());
    });
    Capture::CaptureStore *store = m_store;
    watcher->setFuture(QtConcurrent::run(&m_pool, [store, filter] { return store->ids(filter); }));
    setRunning(true);
}

void CaptureSearch::cancel()
{
    ++m_generation;
    setRunning(false);
}

void CaptureSearch::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged(running);
}

} // namespace Gui
