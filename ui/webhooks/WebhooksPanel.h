// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiError.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Gui {

class MessageBanner;

class WebhookListModel;
class ViewStateOverlay;
class WebhookFilterProxy;

// The webhooks table with its filter row: text filter, scope and active filters, the
// empty and error states drawn inside the table, and, once rows are shown, a refresh that
// keeps them: a small busy indicator while loading and an error banner above the rows when a
// refresh fails.
class WebhooksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksPanel)

public:
    WebhooksPanel(WebhookListModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    WebhookFilterProxy *proxy() const { return m_proxy; }
    int visibleCount() const;
    // Ids of the selected rows, in the order shown; the current row's id.
    QStringList selectedWebhookIds() const;
    QString currentWebhookId() const;
    void selectWebhook(const QString &id);

    void showLoading(const QString &where);
    void showError(const Channex::ApiError &error);
    void showNotice(const QString &title, const QString &text);
    void showContent(); // empty state when there is nothing to show
    void focusFilter();
    void clearFilters();

    // Actions on the selected webhooks, shown first in the row context menu.
    void setRowActions(const QList<QAction *> &actions);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);
    // Every column back to the order, widths and visibility of a first start.
    void resetHeaderState();

signals:
    void retryRequested();
    void visibleCountChanged();
    void selectionChanged();
    void activated(const QString &webhookId); // double click

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class OverlayAction { None, Retry, ClearFilters };

    void retranslate();

    void buildHeaderMenu();
    void showRowMenu(const QPoint &position);
    void showOverlay(const QString &title, const QString &text, OverlayAction action);
    void hideRefreshState();
    void updateEmptyState();

    WebhookListModel *m_model;
    WebhookFilterProxy *m_proxy;
    QLineEdit *m_filterEdit;
    QComboBox *m_scopeCombo;
    QComboBox *m_activeCombo;
    QProgressBar *m_busyBar;
    MessageBanner *m_errorBanner;
    QPushButton *m_retryButton;
    QTableView *m_table;
    ViewStateOverlay *m_overlay;
    QList<QAction *> m_rowActions;
    QByteArray m_defaultHeaderState;
    OverlayAction m_overlayAction = OverlayAction::None;
    bool m_busy
        = false; // loading or failed with nothing to show: the overlay is not about emptiness
};

} // namespace Gui
