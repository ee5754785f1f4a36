// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/CapturePages.h"

#include "app/capture/CaptureStore.h"

using Capture::CaptureSummary;

namespace Gui {

namespace {

// A page's summaries aligned with its ids: a capture deleted meanwhile leaves an empty row
// (id 0) until the list reloads.
QList<CaptureSummary> aligned(const QList<qint64> &ids, const QList<CaptureSummary> &fetched)
{
    QList<CaptureSummary> result(ids.size());
    qsizetype j = 0;
    for (qsizetype i = 0; i < ids.size() && j < fetched.size(); ++i) {
        if (fetched.at(j).id == ids.at(i))
            result[i] = fetched.at(j++);
    }
    return result;
}

} // namespace

CapturePages::CapturePages(Capture::CaptureStore *store, const QList<qint64> &ids, QObject *parent)
    : QObject(parent), m_store(store), m_ids(ids)
{
    m_reader.setMaxThreadCount(1);
}

CapturePages::~CapturePages()
{
    m_reader.waitForDone(); // its jobs post to this object
}

const CaptureSummary *CapturePages::summary(int row)
{
    if (row < 0 || row >= m_ids.size() || !m_store)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_store->isShared()) {
            request(page);
            return nullptr;
        }
        const QList<qint64> ids = m_ids.mid(page * PageSize, PageSize);
        keep(page, aligned(ids, m_store->summaries(ids)));
        it = m_pages.find(page);
    } else if (m_use.constLast() != page) {
        m_use.removeOne(page);
        m_use << page;
    }
    const int offset = row - page * PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void CapturePages::replace(int row, const CaptureSummary &summary)
{
    const auto page = m_pages.find(row / PageSize);
    if (page != m_pages.end() && row % PageSize < page->size())
        (*page)[row % PageSize] = summary;
}

void CapturePages::clear()
{
    m_pages.clear();
    m_use.clear();
    m_reading.clear();
    ++m_generation;
}

void CapturePages::dropFrom(int row)
{
    const int firstPage = row / PageSize;
    // A page still being read may end before `row`: it is read again when next shown.
    m_reading.clear();
    ++m_generation;
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it.key() >= firstPage) {
            m_use.removeAll(it.key());
            it = m_pages.erase(it);
        } else {
            ++it;
        }
    }
}

void CapturePages::keep(int page, const QList<CaptureSummary> &summaries)
{
    if (m_pages.size() >= MaxPages && !m_use.isEmpty())
        m_pages.remove(m_use.takeFirst());
    m_pages.insert(page, summaries);
    m_use << page;
}

void CapturePages::request(int page)
{
    if (m_reading.contains(page))
        return;
    m_reading.insert(page);
    Capture::CaptureStore *store = m_store;
    const QList<qint64> ids = m_ids.mid(page * PageSize, PageSize);
    const quint64 generation = m_generation;
    m_reader.start([this, store, ids, page, generation] {
        QList<CaptureSummary> fetched = store->summaries(ids);
        QMetaObject::invokeMethod(
            this,
            [this, page, generation, ids, fetched = std::move(fetched)] {
                read(page, generation, ids, fetched);
            },
            Qt::QueuedConnection);
    });
}

void CapturePages::read(int page, quint64 generation, const QList<qint64> &ids,
                        const QList<CaptureSummary> &fetched)
{
    if (generation != m_generation)
        return; // the rows changed meanwhile; asked for again when shown
    m_reading.remove(page);
    const int first = page * PageSize;
    const QList<qint64> current = m_ids.mid(first, PageSize);
    // Asked for while rows were being added to it (a view reads during an insert): kept only
    // when it is the page as it now is; otherwise the view asks again when told.
    if (current == ids)
        keep(page, aligned(ids, fetched));
    if (!current.isEmpty())
        emit pageRead(first, first + int(current.size()) - 1);
}

} // namespace Gui
