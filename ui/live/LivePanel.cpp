// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/LivePanel.h"

#include "app/capture/CaptureStore.h"
#include "app/channex/PropertyDirectory.h"
#include "app/receiver/ReceiverController.h"
#include "ui/common/ToolBarButtons.h"
#include "ui/common/ViewStateOverlay.h"
#include "ui/live/CaptureActions.h"
#include "ui/live/CaptureFilterBar.h"
#include "ui/live/CaptureListModel.h"
#include "ui/live/DeliveryChart.h"
#include "ui/live/FollowLatest.h"
#include "ui/live/LiveStats.h"
#include "ui/live/ReceiverBar.h"
#include "ui/live/detail/CaptureDetailView.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Gui {

LivePanel::LivePanel(Capture::CaptureStore *store, Receiver::ReceiverController *receiver,
                     QWidget *parent)
    : QWidget(parent), m_store(store), m_receiver(receiver),
      m_receiverBar(new ReceiverBar(receiver, this)), m_filterBar(new CaptureFilterBar(this)),
      m_model(new CaptureListModel(store, this)), m_list(new QTableView(this)),
      m_detail(new CaptureDetailView(this)), m_chart(new DeliveryChart(this)), m_actions(nullptr),
      m_toolBar(new QToolBar(this)), m_pauseAction(new QAction(this)),
      m_resumeAction(new QAction(this)), m_countLabel(new QLabel(this)),
      m_listState(new ViewStateOverlay(m_list->viewport())),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_listSplitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("livePanel"));
    m_list->setObjectName(QStringLiteral("captureList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->verticalHeader()->hide();
    // Fixed row heights: a million rows scroll without measuring any of them.
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 6);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionsMovable(true);
    // Widths for the usual contents: "12:34:56.789" (bold and with a pin when pinned),
    // "booking_cancellation", the longest mark with a status, in the language of the moment (a
    // saved layout wins).
    const QFontMetrics metrics = m_list->fontMetrics();
    const auto fit = [this, &metrics](int column, const QString &sample) {
        m_list->setColumnWidth(column, metrics.horizontalAdvance(sample) + 16);
    };
    QFont bold = m_list->font();
    bold.setBold(true);
    const int pin = m_list->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
    m_list->setColumnWidth(CaptureListModel::Time,
                           QFontMetrics(bold).horizontalAdvance(QStringLiteral("00:00:00.000"))
                               + pin + 16);
    fit(CaptureListModel::Method, QStringLiteral("DELETE"));
    fit(CaptureListModel::Path, QStringLiteral("/channex/hook"));
    fit(CaptureListModel::Event, QStringLiteral("booking_cancellatio"));
    fit(CaptureListModel::Property, QStringLiteral("Harbour View Hotel"));
    fit(CaptureListModel::Size, QStringLiteral("1023 bytes"));
    fit(CaptureListModel::Status, CaptureListModel::tr("out of order") + QStringLiteral(" · 200"));
    m_detail->setObjectName(QStringLiteral("captureDetail"));
    m_actions = new CaptureActions(store, m_model, m_list, this);

    m_toolBar->setObjectName(QStringLiteral("captureToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addAction(m_actions->clearAction()); // its shortcut works anywhere in the panel
    addAction(m_actions->exportAction());
    m_actions->clearAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_actions->exportAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_followAction = new FollowLatest(m_list, this);
    m_pauseAction->setObjectName(QStringLiteral("pauseCapturesAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space));
    m_pauseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_pauseAction);
    m_resumeAction->setObjectName(QStringLiteral("resumeCapturesAction"));
    m_resumeAction->setVisible(false);
    // The live controls lead: on a narrow window the toolbar's overflow menu takes the last
    // buttons, and the row actions are in the context menu and the Captures menu as well.
    for (QAction *action : {static_cast<QAction *>(m_followAction), m_pauseAction, m_resumeAction})
        addToolBarAction(m_toolBar, action);
    m_toolBar->addSeparator();
    for (QAction *action : m_actions->rowActions())
        addToolBarAction(m_toolBar, action);
    m_countLabel->setObjectName(QStringLiteral("captureCountLabel"));
    m_listState->setObjectName(QStringLiteral("captureListState"));
    connect(m_listState, &ViewStateOverlay::actionTriggered, m_filterBar,
            &CaptureFilterBar::clearFilters);
    connect(m_receiver, &Receiver::ReceiverController::callbackUrlChanged, this,
            &LivePanel::updateListState);

    m_listSplitter->setObjectName(QStringLiteral("captureListSplitter"));
    // The count sits under the list, where it does not compete with the toolbar for width.
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_countLabel);
    m_listSplitter->addWidget(listPane);
    m_listSplitter->addWidget(m_detail);
    m_listSplitter->setStretchFactor(0, 3);
    m_listSplitter->setStretchFactor(1, 2);
    m_listSplitter->setSizes({600, 400}); // in proportion; a saved state replaces it
    m_splitter->setObjectName(QStringLiteral("liveSplitter"));
    m_splitter->addWidget(m_listSplitter);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    // Until the person moves the handle (restoreState): the chart gets a third, readable; on a
    // small screen it may shrink to its minimum.
    m_splitter->setSizes({400, 200});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_receiverBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);

    connect(m_filterBar, &CaptureFilterBar::filterChanged, m_model, &CaptureListModel::setFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, m_actions,
            &CaptureActions::updateActions);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LivePanel::showCurrent);
    // Ctrl+click on the selected row, or a selection cleared: no capture is shown for no row.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LivePanel::showCurrent);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions(m_actions->rowActions());
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_followAction->keepInView();
        updateListState();
    });
    connect(m_model, &CaptureListModel::captureUpdated, this, [this](qint64 id) {
        if (id == m_shownId)
            m_detail->load(m_store, id); // the answer a forwarded request got
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int row = m_list->currentIndex().row();
        m_shownId = m_model->idAt(row);
        const auto summary = m_model->summaryAt(row);
        m_shownMarks = summary ? summary->marks : Capture::Marks();
        m_selectedIds = m_actions->selectedIds();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The same capture stays selected when it is still listed; read again when a pin, say,
        // changed its marks (the Overview shows them).
        const int row = m_model->rowOf(m_shownId);
        const auto summary = m_model->summaryAt(row);
        if (summary && summary->marks != m_shownMarks)
            m_shownId = 0;
        if (row >= 0) {
            m_followAction->restoreCurrent(m_model->index(row, 0));
        } else {
            m_shownId = 0;
            m_detail->clear();
        }
        // The rest of a selection made for Export or Delete survives too (a pin, a delete or a
        // retention trim reloads the list).
        QItemSelection selection;
        for (const qint64 id : std::as_const(m_selectedIds)) {
            if (const int selected = m_model->rowOf(id); selected >= 0)
                selection.select(m_model->index(selected, 0),
                                 m_model->index(selected, m_model->columnCount() - 1));
        }
        m_selectedIds.clear();
        m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        m_followAction->keepInView();
        updateListState();
        selectWanted();
    });
    connect(m_model, &CaptureListModel::searchingChanged, this, [this](bool searching) {
        if (searching)
            m_list->setCursor(Qt::BusyCursor);
        else
            m_list->unsetCursor();
        updateListState();
        if (!searching)
            selectWanted();
    });
    // showCapture()'s capture may arrive with the next batch.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { selectWanted(); });
    connect(m_pauseAction, &QAction::toggled, this, &LivePanel::setPaused);
    connect(m_resumeAction, &QAction::triggered, this, [this] { setPaused(false); });
    connect(m_model, &CaptureListModel::pendingCountChanged, this,
            &LivePanel::updatePauseIndicator);

    // Counts and chart follow the store, at most once a second; the chart's window slides
    // every minute even when nothing arrives.
    m_stats = new LiveStats(store, m_filterBar, m_chart, this);

    retranslate();
    refreshStats();
    updateListState();
    m_followAction->keepInView();
}

void LivePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void LivePanel::retranslate()
{
    m_list->setAccessibleName(tr("Captured requests"));
    m_model->retranslate();
    m_actions->retranslate();
    m_toolBar->setWindowTitle(tr("Captures"));
    m_followAction->retranslate();
    m_pauseAction->setText(tr("P&ause"));
    m_pauseAction->setToolTip(
        tr("Stop the list from moving; new captures are still received "
           "and saved (%1)")
            .arg(m_pauseAction->shortcut().toString(QKeySequence::NativeText)));
    updatePauseIndicator(); // and the list's state
    if (m_properties)
        updatePropertyNames();
}

void LivePanel::setPropertyDirectory(Channex::PropertyDirectory *directory)
{
    if (m_properties)
        m_properties->disconnect(this);
    m_properties = directory;
    if (m_properties)
        connect(m_properties, &Channex::PropertyDirectory::changed, this,
                &LivePanel::updatePropertyNames);
    updatePropertyNames();
}

void LivePanel::updatePropertyNames()
{
    QPointer<Channex::PropertyDirectory> directory = m_properties;
    if (!directory) {
        m_model->setPropertyTitles({});
        m_detail->setPropertyNames({});
        m_actions->setPropertyNames({});
        return;
    }
    m_model->setPropertyTitles(
        [directory](const QString &id) { return directory ? directory->title(id) : id; });
    QHash<QString, QString> names;
    for (const Channex::PropertyOption &option : directory->properties())
        names.insert(option.id, option.title);
    m_actions->setPropertyNames(names);
    m_detail->setPropertyNames(names);
}

} // namespace Gui
