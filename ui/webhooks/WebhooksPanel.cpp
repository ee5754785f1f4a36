// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/WebhooksPanel.h"

#include "app/channex/Webhook.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/ViewStateOverlay.h"
#include "ui/webhooks/UrlElideDelegate.h"
#include "ui/webhooks/WebhookFilterProxy.h"
#include "ui/webhooks/WebhookListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Gui {

WebhooksPanel::WebhooksPanel(WebhookListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new WebhookFilterProxy(this)),
      m_filterEdit(new QLineEdit(this)), m_scopeCombo(new QComboBox(this)),
      m_activeCombo(new QComboBox(this)), m_busyBar(new QProgressBar(this)),
      m_errorBanner(new MessageBanner(this)),
      m_retryButton(m_errorBanner->addButton(QStringLiteral("refreshRetryButton"))),
      m_table(new QTableView(this)), m_overlay(new ViewStateOverlay(m_table->viewport()))
{
    m_proxy->setSourceModel(m_model);

    m_filterEdit->setObjectName(QStringLiteral("webhookFilterEdit"));
    // The clear button's icon is looked up in the desktop's icon theme, a few milliseconds the
    // first time: after the window is shown, before its first frame (docs/performance.md).
    QTimer::singleShot(0, m_filterEdit,
                       [edit = m_filterEdit] { edit->setClearButtonEnabled(true); });
    m_filterEdit->installEventFilter(this);

    // Texts in retranslate().
    m_scopeCombo->setObjectName(QStringLiteral("scopeFilterCombo"));
    for (auto scope : {WebhookFilterProxy::Scope::Any, WebhookFilterProxy::Scope::Global,
                       WebhookFilterProxy::Scope::Property})
        m_scopeCombo->addItem(QString(), int(scope));
    m_activeCombo->setObjectName(QStringLiteral("activeFilterCombo"));
    for (auto activity : {WebhookFilterProxy::Activity::Any, WebhookFilterProxy::Activity::Active,
                          WebhookFilterProxy::Activity::Inactive})
        m_activeCombo->addItem(QString(), int(activity));

    // A refresh over rows already shown: a thin busy bar, not an overlay hiding the rows.
    m_busyBar->setObjectName(QStringLiteral("refreshBusyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumSize(90, 8);
    m_busyBar->hide();

    m_errorBanner->setObjectName(QStringLiteral("refreshErrorBanner"));

    m_table->setObjectName(QStringLiteral("webhooksTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WebhookListModel::ScopeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Tab moves on to the next widget instead of from cell to cell, so the keyboard can leave.
    m_table->setTabKeyNavigation(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(WebhookListModel::CallbackUrlColumn,
                                      new UrlElideDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Widths that fit a 1280-pixel window without scrolling; the last column takes the rest.
    header->resizeSection(WebhookListModel::ActiveColumn, 85);
    header->resizeSection(WebhookListModel::ScopeColumn, 180);
    header->resizeSection(WebhookListModel::WarningsColumn, 150);
    header->resizeSection(WebhookListModel::CallbackUrlColumn, 290);
    header->resizeSection(WebhookListModel::EventsColumn, 210);
    header->resizeSection(WebhookListModel::SendDataColumn, 110);
    header->resizeSection(WebhookListModel::HeadersColumn, 140);
    header->resizeSection(WebhookListModel::ParamsColumn, 90);
    header->setSectionHidden(WebhookListModel::IdColumn, true);
    // The warnings beside the scope, where a problem is seen before the rest of the row is read.
    header->moveSection(header->visualIndex(WebhookListModel::WarningsColumn), 2);
    m_defaultHeaderState = header->saveState();

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_scopeCombo);
    filterRow->addWidget(m_activeCombo);
    filterRow->addWidget(m_busyBar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_table, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &WebhookFilterProxy::setText);
    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setScope(WebhookFilterProxy::Scope(m_scopeCombo->currentData().toInt()));
    });
    connect(m_activeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setActivity(WebhookFilterProxy::Activity(m_activeCombo->currentData().toInt()));
    });
    // Any change in what the proxy shows: rows filtered in or out, a new list, a re-sort.
    const auto visibleRowsChanged = [this] {
        updateEmptyState();
        emit visibleCountChanged();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, visibleRowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, visibleRowsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, visibleRowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, visibleRowsChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WebhooksPanel::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WebhooksPanel::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != WebhookListModel::ActiveColumn)
            emit activated(index.data(WebhookListModel::WebhookIdRole).toString());
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &WebhooksPanel::showRowMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        buildHeaderMenu();
        Q_UNUSED(position);
    });
    connect(m_overlay, &ViewStateOverlay::actionTriggered, this, [this] {
        if (m_overlayAction == OverlayAction::ClearFilters)
            clearFilters();
        else if (m_overlayAction == OverlayAction::Retry)
            emit retryRequested();
    });
    connect(m_retryButton, &QPushButton::clicked, this, &WebhooksPanel::retryRequested);
    retranslate();
}

void WebhooksPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslate();
    // Cells and titles are translated when asked for; the filter matches what rows show.
    m_model->retranslate();
    m_proxy->invalidate();
    updateEmptyState();
}

void WebhooksPanel::retranslate()
{
    m_filterEdit->setAccessibleName(tr("Filter webhooks"));
    m_filterEdit->setPlaceholderText(
        tr("Filter by callback URL, event, property name or ID, header or parameter name (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filterEdit->setToolTip(tr("Words match the start of any word a row shows, in any order. "
                                "Esc clears the filter."));
    m_scopeCombo->setAccessibleName(tr("Scope filter"));
    m_scopeCombo->setItemText(0, tr("All scopes"));
    m_scopeCombo->setItemText(1, tr("Global only"));
    m_scopeCombo->setItemText(2, tr("Property only"));
    m_activeCombo->setAccessibleName(tr("Active filter"));
    m_activeCombo->setItemText(0, tr("Active and inactive"));
    m_activeCombo->setItemText(1, tr("Active only"));
    m_activeCombo->setItemText(2, tr("Inactive only"));
    m_busyBar->setAccessibleName(tr("Refreshing webhooks"));
    m_retryButton->setText(tr("&Try again"));
    m_retryButton->setAccessibleName(tr("Try again"));
    m_table->setAccessibleName(tr("Webhooks"));
}

int WebhooksPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

QStringList WebhooksPanel::selectedWebhookIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids << index.data(WebhookListModel::WebhookIdRole).toString();
    return ids;
}

QString WebhooksPanel::currentWebhookId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row()))
        return current.data(WebhookListModel::WebhookIdRole).toString();
    const QStringList selected = selectedWebhookIds();
    return selected.isEmpty() ? QString() : selected.constFirst();
}

void WebhooksPanel::selectWebhook(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(WebhookListModel::WebhookIdRole).toString() == id) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return;
        }
    }
}

void WebhooksPanel::showLoading(const QString &where)
{
    if (m_model->rowCount() > 0) {
        m_busyBar->show();
        m_busyBar->setToolTip(tr("Asking %1.").arg(where));
        return;
    }
    m_busy = true;
    showOverlay(tr("Loading webhooks…"), tr("Asking %1.").arg(where), OverlayAction::None);
}

void WebhooksPanel::showError(const Channex::ApiError &error)
{
    m_busyBar->hide();
    if (m_model->rowCount() > 0) {
        // The rows of the last good refresh stay, under a banner that says they may be stale.
        m_errorBanner->showMessage(
            tr("<b>%1.</b> %2 The rows below are from the last successful "
               "refresh.")
                .arg(error.summary().toHtmlEscaped(), error.message().toHtmlEscaped()),
            Tone::Error, Qt::RichText);
        return;
    }
    m_busy = true;
    showOverlay(error.summary(), error.message(), OverlayAction::Retry);
}

void WebhooksPanel::showNotice(const QString &title, const QString &text)
{
    hideRefreshState();
    m_busy = true;
    showOverlay(title, text, OverlayAction::None);
}

void WebhooksPanel::showContent()
{
    hideRefreshState();
    m_busy = false;
    updateEmptyState();
}

void WebhooksPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void WebhooksPanel::clearFilters()
{
    m_filterEdit->clear();
    m_scopeCombo->setCurrentIndex(0);
    m_activeCombo->setCurrentIndex(0);
}

void WebhooksPanel::setRowActions(const QList<QAction *> &actions)
{
    m_rowActions = actions;
}

QByteArray WebhooksPanel::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void WebhooksPanel::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

bool WebhooksPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && !m_filterEdit->text().isEmpty()) {
        m_filterEdit->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void WebhooksPanel::buildHeaderMenu()
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnsMenu"));
    menu.setAccessibleName(tr("Columns"));
    QHeaderView *header = m_table->horizontalHeader();
    int visible = 0;
    for (int column = 0; column < m_model->columnCount(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("showColumnAction%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column cannot be hidden: a table without columns shows nothing.
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(QCursor::pos());
}

void WebhooksPanel::showRowMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    const Channex::Webhook *webhook = m_model->webhookAt(m_proxy->mapToSource(index).row());
    if (!webhook)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("webhookRowMenu"));
    menu.setAccessibleName(tr("Webhook actions"));
    for (QAction *action : std::as_const(m_rowActions))
        menu.addAction(action);
    if (!m_rowActions.isEmpty())
        menu.addSeparator();
    const auto addCopy = [&menu](const QString &text, const QString &name, const QString &value) {
        QAction *action
            = menu.addAction(text, [value] { QApplication::clipboard()->setText(value); });
        action->setObjectName(name);
        action->setEnabled(!value.isEmpty());
    };
    addCopy(tr("Copy Callback &URL"), QStringLiteral("copyCallbackUrlAction"),
            webhook->callbackUrl);
    addCopy(tr("Copy &Webhook ID"), QStringLiteral("copyWebhookIdAction"), webhook->id);
    addCopy(tr("Copy &Property ID"), QStringLiteral("copyPropertyIdAction"), webhook->propertyId);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void WebhooksPanel::showOverlay(const QString &title, const QString &text, OverlayAction action)
{
    m_overlayAction = action;
    QString actionText;
    if (action == OverlayAction::Retry)
        actionText = tr("&Try again");
    else if (action == OverlayAction::ClearFilters)
        actionText = tr("&Clear filters");
    m_overlay->showMessage(title, text, actionText);
}

void WebhooksPanel::hideRefreshState()
{
    m_busyBar->hide();
    m_errorBanner->hideMessage();
}

void WebhooksPanel::resetHeaderState()
{
    m_table->horizontalHeader()->restoreState(m_defaultHeaderState);
}

void WebhooksPanel::updateEmptyState()
{
    if (m_busy)
        return;
    if (m_proxy->rowCount() > 0) {
        m_overlayAction = OverlayAction::None;
        m_overlay->clear();
    } else if (m_model->rowCount() == 0) {
        showOverlay(tr("No webhooks yet"),
                    tr("This account has no webhooks. Create one with New Webhook (%1), or "
                       "refresh (F5) after creating them in Channex.")
                        .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)),
                    OverlayAction::None);
    } else {
        showOverlay(tr("No webhook matches the filter"),
                    tr("%n webhook(s) hidden by the filter.", nullptr, m_model->rowCount()),
                    OverlayAction::ClearFilters);
    }
}

} // namespace Gui
