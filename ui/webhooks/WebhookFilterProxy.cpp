// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/WebhookFilterProxy.h"

#include "ui/webhooks/WebhookListModel.h"

namespace Gui {

namespace {

// True when `word` starts a word of `text`: "active" finds "Active" but not "inactive",
// "booking" finds "booking_new", "example.com" finds "pms.example.com".
bool containsWordStart(const QString &text, const QString &word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (at == 0 || !text.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace

WebhookFilterProxy::WebhookFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WebhookListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void WebhookFilterProxy::setText(const QString &text)
{
    // Every word must match somewhere, in any order: "booking harbour" finds booking webhooks of
    // Harbour View Hotel.
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void WebhookFilterProxy::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateFilter();
}

void WebhookFilterProxy::setActivity(Activity activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    invalidateFilter();
}

bool WebhookFilterProxy::isFiltering() const
{
    return !m_words.isEmpty() || m_scope != Scope::Any || m_activity != Activity::Any;
}

bool WebhookFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_scope != Scope::Any) {
        const bool global = index.data(WebhookListModel::IsGlobalRole).toBool();
        if (global != (m_scope == Scope::Global))
            return false;
    }
    if (m_activity != Activity::Any) {
        const bool active = index.data(WebhookListModel::IsActiveRole).toBool();
        if (active != (m_activity == Activity::Active))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(WebhookListModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!containsWordStart(haystack, word))
            return false;
    }
    return true;
}

} // namespace Gui
