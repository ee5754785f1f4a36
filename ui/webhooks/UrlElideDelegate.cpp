// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/UrlElideDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QStyle>

namespace Gui {

QString UrlElideDelegate::elide(const QString &url, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(url) <= width)
        return url;
    // "scheme://host[:port]" stays whole; the rest is shortened in its middle.
    const qsizetype schemeEnd = url.indexOf(QLatin1StringView("://"));
    const qsizetype pathStart = schemeEnd < 0 ? -1 : url.indexOf(QLatin1Char('/'), schemeEnd + 3);
    if (pathStart < 0)
        return metrics.elidedText(url, Qt::ElideRight, width);
    const QString origin = url.left(pathStart);
    const int originWidth = metrics.horizontalAdvance(origin);
    const int ellipsisWidth = metrics.horizontalAdvance(QChar(0x2026));
    if (originWidth + ellipsisWidth > width)
        return metrics.elidedText(url, Qt::ElideRight, width);
    return origin + metrics.elidedText(url.mid(pathStart), Qt::ElideMiddle, width - originWidth);
}

void UrlElideDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    // The text rectangle is the cell less the style's margins on both sides.
    const int margin
        = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1;
    option->text = elide(option->text, option->fontMetrics, option->rect.width() - 2 * margin);
}

} // namespace Gui
