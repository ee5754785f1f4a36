#include "widgets/WebhooksPanel.h"

#include "channex/WebhookListModel.h"
#include "models/WebhookFilterProxy.h"
#include "widgets/ViewStateOverlay.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using Channex::WebhookListModel;

namespace Gui {

WebhooksPanel::WebhooksPanel(WebhookListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new WebhookFilterProxy(this)),
      m_filterEdit(new QLineEdit(this)), m_scopeCombo(new QComboBox(this)),
      m_activeCombo(new QComboBox(this)), m_table(new QTableView(this)),
      m_overlay(new ViewStateOverlay(m_table->viewport()))
{
    m_proxy->setSourceModel(m_model);

    m_filterEdit->setObjectName(QStringLiteral("webhookFilterEdit"));
    m_filterEdit->setAccessibleName(tr("Filter webhooks"));
    m_filterEdit->setPlaceholderText(
        tr("Filter by callback URL, event, property name or ID, header or parameter name (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filterEdit->setClearButtonEnabled(true);

    m_scopeCombo->setObjectName(QStringLiteral("scopeFilterCombo"));
    m_scopeCombo->setAccessibleName(tr("Scope filter"));
    m_scopeCombo->addItem(tr("All scopes"), int(WebhookFilterProxy::Scope::Any));
    m_scopeCombo->addItem(tr("Global only"), int(WebhookFilterProxy::Scope::Global));
    m_scopeCombo->addItem(tr("Property only"), int(WebhookFilterProxy::Scope::Property));

    m_activeCombo->setObjectName(QStringLiteral("activeFilterCombo"));
    m_activeCombo->setAccessibleName(tr("Active filter"));
    m_activeCombo->addItem(tr("Active and inactive"), int(WebhookFilterProxy::Activity::Any));
    m_activeCombo->addItem(tr("Active only"), int(WebhookFilterProxy::Activity::Active));
    m_activeCombo->addItem(tr("Inactive only"), int(WebhookFilterProxy::Activity::Inactive));

    m_table->setObjectName(QStringLiteral("webhooksTable"));
    m_table->setAccessibleName(tr("Webhooks"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WebhookListModel::ScopeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->resizeSection(WebhookListModel::ActiveColumn, 80);
    header->resizeSection(WebhookListModel::CallbackUrlColumn, 320);
    header->resizeSection(WebhookListModel::EventsColumn, 260);
    header->resizeSection(WebhookListModel::ScopeColumn, 190);
    header->resizeSection(WebhookListModel::SendDataColumn, 100);
    header->resizeSection(WebhookListModel::HeadersColumn, 200);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_scopeCombo);
    filterRow->addWidget(m_activeCombo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
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
    connect(m_overlay, &ViewStateOverlay::actionTriggered, this, &WebhooksPanel::retryRequested);
}

int WebhooksPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

void WebhooksPanel::showLoading(const QString &where)
{
    m_busy = true;
    m_overlay->showMessage(tr("Loading webhooks…"), tr("Asking %1.").arg(where));
}

void WebhooksPanel::showError(const Channex::ApiError &error)
{
    m_busy = true;
    m_overlay->showMessage(error.summary(), error.message(), tr("&Try again"));
}

void WebhooksPanel::showNotice(const QString &title, const QString &text)
{
    m_busy = true;
    m_overlay->showMessage(title, text);
}

void WebhooksPanel::showContent()
{
    m_busy = false;
    updateEmptyState();
}

void WebhooksPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
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

void WebhooksPanel::updateEmptyState()
{
    if (m_busy)
        return;
    if (m_proxy->rowCount() > 0) {
        m_overlay->clear();
    } else if (m_model->rowCount() == 0) {
        m_overlay->showMessage(tr("No webhooks yet"),
                               tr("This account has no webhooks. Webhooks you create in Channex "
                                  "appear here after a refresh (F5)."));
    } else {
        m_overlay->showMessage(
            tr("No webhook matches the filter"),
            tr("%n webhook(s) hidden by the filter.", nullptr, m_model->rowCount()));
    }
}

} // namespace Gui
