#pragma once

#include "channex/ApiError.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace Channex {
class WebhookListModel;
}

namespace Gui {

class ViewStateOverlay;
class WebhookFilterProxy;

// The webhooks table with its filter row (F2): text filter, scope and active filters, and the
// loading/empty/error states drawn inside the table.
class WebhooksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksPanel)

public:
    WebhooksPanel(Channex::WebhookListModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    WebhookFilterProxy *proxy() const { return m_proxy; }
    int visibleCount() const;

    void showLoading(const QString &where);
    void showError(const Channex::ApiError &error);
    void showNotice(const QString &title, const QString &text);
    void showContent(); // empty state when there is nothing to show
    void focusFilter();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void retryRequested();
    void visibleCountChanged();

private:
    void updateEmptyState();

    Channex::WebhookListModel *m_model;
    WebhookFilterProxy *m_proxy;
    QLineEdit *m_filterEdit;
    QComboBox *m_scopeCombo;
    QComboBox *m_activeCombo;
    QTableView *m_table;
    ViewStateOverlay *m_overlay;
    bool m_busy = false; // loading or failed: the overlay is not about emptiness
};

} // namespace Gui
