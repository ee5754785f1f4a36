// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"
#include "ui/common/LatestJob.h"

#include <QHash>
#include <QString>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace Capture {
class CaptureStore;
}

namespace Gui {

class BodyTab;
class HeadersTab;
class OverviewTab;
class QueryTab;
class RawTab;
class ResponseTab;
class TreeTab;

// The detail of one capture: Overview, Headers, Query, Body, Tree, Raw and Response
// tabs. showCapture() returns at once whatever the body's size: parsing and formatting of a big
// body run on worker threads, and the Body and Tree tabs say so until they are done.
class CaptureDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureDetailView)

public:
    enum Tab { Overview, Headers, Query, Body, Tree, Raw, Response };

    explicit CaptureDetailView(QWidget *parent = nullptr);
    ~CaptureDetailView() override;

    void showCapture(const Capture::CaptureRecord &record);
    // Reads capture `id` from `store` off the GUI thread (a 10 MB capture is 20 MB of body and
    // raw bytes, up to 100 ms to read), then shows it. A later load() or clear() wins; a read
    // not started yet when it comes is skipped (holding the Down key in the list).
    void load(Capture::CaptureStore *store, qint64 id);
    // "Select a capture to see it."
    void clear();
    // Property titles for the Overview ("Hotel Alpina (716e…)").
    void setPropertyNames(QHash<QString, QString> idToTitle);
    // Where a capture came from, as a sentence for its Overview (a sandbox delivery's attempt,
    // DeliveryOrigin); asked on the GUI thread each time a capture is shown.
    using OriginOf = std::function<QString(const Capture::CaptureRecord &record)>;
    void setOriginOf(OriginOf originOf) { m_originOf = std::move(originOf); }

    // The id of the capture shown; 0 when none.
    qint64 captureId() const { return m_id; }
    bool isEmpty() const { return !m_shown; }
    QTabWidget *tabs() const { return m_tabs; }
    OverviewTab *overviewTab() const { return m_overview; }
    HeadersTab *headersTab() const { return m_headers; }
    QueryTab *queryTab() const { return m_query; }
    BodyTab *bodyTab() const { return m_body; }
    TreeTab *treeTab() const { return m_tree; }
    RawTab *rawTab() const { return m_raw; }
    ResponseTab *responseTab() const { return m_response; }
    QString emptyText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    qint64 m_id = 0;
    bool m_shown = false;
    OriginOf m_originOf;
    // The read of load(); showCapture() and clear() drop it. Empty when the capture was deleted.
    LatestJob<std::optional<Capture::CaptureRecord>> m_read;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTabWidget *m_tabs;
    OverviewTab *m_overview;
    HeadersTab *m_headers;
    QueryTab *m_query;
    BodyTab *m_body;
    TreeTab *m_tree;
    RawTab *m_raw;
    ResponseTab *m_response;
};

} // namespace Gui
