// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace Capture {
class CaptureStore;
}

namespace Gui {

// The captured list's summaries, read a page of ids at a time as rows are painted and kept for
// a few pages (least recently used first out). A file store is read on the spot; a shared store
// (PostgreSQL, whose server may be slow or gone) never on the GUI thread: its page is read on a
// thread of its own and pageRead() says when it is there (its rows are empty until then). `ids`
// is the list's own (oldest first); it must outlive this object, which is told when it changes.
class CapturePages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapturePages)

public:
    static constexpr int PageSize = 256;
    static constexpr int MaxPages = 8;

    CapturePages(Capture::CaptureStore *store, const QList<qint64> &ids, QObject *parent = nullptr);
    ~CapturePages() override; // waits for a page being read

    // Null when the row's page is still being read, or its capture vanished.
    const Capture::CaptureSummary *summary(int row);
    // A shown capture changed (an answer written later): kept pages show the new summary.
    void replace(int row, const Capture::CaptureSummary &summary);
    // The ids were replaced: nothing kept is valid any more.
    void clear();
    // Rows were added from `row` on: the page it falls in (and any after) is read again.
    void dropFrom(int row);

signals:
    void pageRead(int firstRow, int lastRow);

private:
    void keep(int page, const QList<Capture::CaptureSummary> &summaries);
    void request(int page);
    void read(int page, quint64 generation, const QList<qint64> &ids,
              const QList<Capture::CaptureSummary> &fetched);

    Capture::CaptureStore *m_store;
    const QList<qint64> &m_ids;
    QHash<int, QList<Capture::CaptureSummary>> m_pages; // aligned with the ids (id 0: vanished)
    QList<int> m_use; // least recently used first
    QThreadPool m_reader;
    QSet<int> m_reading;
    quint64 m_generation = 0; // a page read before the ids changed is not kept
};

} // namespace Gui
