// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureQueue.h"

#include <chrono>

namespace Capture {

namespace {

// Group commit, adaptive: under load a transaction waits this long at most for as many rows as
// the previous one held. A commit writes about ten pages however few rows it holds, so taking
// the rows of every connection in flight at once writes a third as many pages per capture. A
// lone request never waits: the previous transaction held one row.
constexpr auto GatherTimeout = std::chrono::microseconds(250);
constexpr qsizetype MaxGatherRows = 256;

} // namespace

bool CaptureQueue::push(PendingAppend &&append)
{
    std::lock_guard lock(m_mutex);
    if (m_stopping)
        return false;
    m_appends.append(std::move(append));
    if (m_appends.size() == 1 || m_appends.size() == m_gatherRows)
        m_wake.notify_one();
    return true;
}

void CaptureQueue::push(WriterCommand &&command)
{
    std::lock_guard lock(m_mutex);
    if (m_stopping)
        return;
    command.position = m_appends.size();
    m_commands.append(std::move(command));
    m_wake.notify_one();
}

bool CaptureQueue::next(Batch &batch)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock,
                [this] { return !m_appends.isEmpty() || !m_commands.isEmpty() || m_stopping; });
    if (m_appends.isEmpty() && m_commands.isEmpty())
        return false; // stopping, and everything is taken
    if (m_appends.size() < m_gatherRows && m_commands.isEmpty() && !m_stopping) {
        m_wake.wait_for(lock, GatherTimeout, [this] {
            return m_appends.size() >= m_gatherRows || !m_commands.isEmpty() || m_stopping;
        });
    }
    m_gatherRows = std::min(m_appends.size(), MaxGatherRows);
    batch.appends.swap(m_appends);
    batch.commands.swap(m_commands);
    m_appends.clear();
    m_commands.clear();
    return true;
}

void CaptureQueue::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopping = true;
    m_wake.notify_one();
}

} // namespace Capture
