// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/CaptureDetailView.h"

#include "app/capture/CaptureStore.h"
#include "ui/live/detail/BodyTab.h"
#include "ui/live/detail/DetailWorkers.h"
#include "ui/live/detail/HeadersTab.h"
#include "ui/live/detail/OverviewTab.h"
#include "ui/live/detail/QueryTab.h"
#include "ui/live/detail/RawTab.h"
#include "ui/live/detail/ResponseTab.h"
#include "ui/live/detail/TreeTab.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

CaptureDetailView::CaptureDetailView(QWidget *parent)
    : QWidget(parent), m_read(detailWorkers(), this,
                              [this](const std::optional<Capture::CaptureRecord> &record) {
                                  if (record)
                                      showCapture(*record);
                                  else
                                      clear(); // deleted meanwhile
                              }),
      m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_overview(new OverviewTab), m_headers(new HeadersTab), m_query(new QueryTab),
      m_body(new BodyTab), m_tree(new TreeTab), m_raw(new RawTab), m_response(new ResponseTab)
{
    // Its tabs would ask for more: the window must fit an 800×600 screen (the splitter and a
    // larger window give it room).
    setMinimumHeight(150);
    setObjectName(u"captureDetailView"_s);
    m_empty->setObjectName(u"captureDetailEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_tabs->setObjectName(u"captureDetailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(Overview, m_overview, QString());
    m_tabs->insertTab(Headers, m_headers, QString());
    m_tabs->insertTab(Query, m_query, QString());
    m_tabs->insertTab(Body, m_body, QString());
    m_tabs->insertTab(Tree, m_tree, QString());
    m_tabs->insertTab(Raw, m_raw, QString());
    m_tabs->insertTab(Response, m_response, QString());
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_body, &BodyTab::showRawRequested, this, [this] {
        m_raw->setHexShown(true);
        m_tabs->setCurrentIndex(Raw);
    });
    retranslate();
    clear();
}

// The read's job waits in the destructor of m_read: the store outlives the view.
CaptureDetailView::~CaptureDetailView() = default;

void CaptureDetailView::load(Capture::CaptureStore *store, qint64 id)
{
    m_read.start([store, id] { return store->load(id); });
}

void CaptureDetailView::showCapture(const Capture::CaptureRecord &record)
{
    m_read.drop(); // shown now: a read still running does not replace it
    m_id = record.id;
    m_shown = true;
    m_overview->showCapture(record, m_originOf ? m_originOf(record) : QString());
    m_headers->showCapture(record);
    m_query->showCapture(record);
    m_body->showBody(record.body);
    m_tree->showBody(record.body);
    // Records made before the HTTP core kept raw bytes still show what they have.
    m_raw->showBytes(record.rawBytes.isEmpty() ? record.body : record.rawBytes);
    m_response->showCapture(record);
    m_stack->setCurrentWidget(m_tabs);
}

void CaptureDetailView::clear()
{
    m_read.drop();
    m_id = 0;
    m_shown = false;
    m_overview->clear();
    m_headers->clear();
    m_query->clear();
    m_body->clear();
    m_tree->clear();
    m_raw->clear();
    m_response->clear();
    m_stack->setCurrentWidget(m_empty);
}

void CaptureDetailView::setPropertyNames(QHash<QString, QString> idToTitle)
{
    m_overview->setPropertyNames(idToTitle);
}

QString CaptureDetailView::emptyText() const
{
    return m_empty->text();
}

void CaptureDetailView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void CaptureDetailView::retranslate()
{
    m_empty->setText(tr("Select a capture to see it."));
    m_tabs->setAccessibleName(tr("Capture details"));
    m_tabs->setTabText(Overview, tr("Overview"));
    m_tabs->setTabText(Headers, tr("Headers"));
    m_tabs->setTabText(Query, tr("Query"));
    m_tabs->setTabText(Body, tr("Body"));
    m_tabs->setTabText(Tree, tr("Tree"));
    m_tabs->setTabText(Raw, tr("Raw"));
    m_tabs->setTabText(Response, tr("Response"));
}

} // namespace Gui
