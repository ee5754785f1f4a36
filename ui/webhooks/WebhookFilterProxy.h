// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Gui {

// Sorting by raw value and filtering of the webhooks table: free text (URL, events, property
// name or ID, header and parameter names), scope and active state.
class WebhookFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookFilterProxy)

public:
    enum class Scope { Any, Global, Property };
    enum class Activity { Any, Active, Inactive };

    explicit WebhookFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setScope(Scope scope);
    void setActivity(Activity activity);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    Scope m_scope = Scope::Any;
    Activity m_activity = Activity::Any;
};

} // namespace Gui
