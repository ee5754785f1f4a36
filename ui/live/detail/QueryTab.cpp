// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/QueryTab.h"

#include "ui/live/detail/PairTable.h"

#include <QEvent>
#include <QLabel>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

QueryTab::QueryTab(QWidget *parent)
    : QWidget(parent), m_empty(new QLabel(this)), m_table(new PairTable(this))
{
    setObjectName(u"queryTab"_s);
    m_empty->setObjectName(u"queryEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_table->setObjectName(u"queryTable"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_table, 1);
    retranslate();
}

void QueryTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void QueryTab::retranslate()
{
    m_table->setAccessibleName(tr("Query parameters"));
    m_table->setColumnTitles(tr("Parameter"), tr("Value"));
    m_empty->setText(m_count == 0 ? tr("The request target has no query parameters.") : QString());
    m_empty->setVisible(m_count == 0);
    m_table->setVisible(m_count != 0);
}

QString QueryTab::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

void QueryTab::showCapture(const Capture::CaptureRecord &record)
{
    PairTable::Pairs pairs;
    // The same reading of the target as the HTTP core's (Http::HttpRequest::query).
    for (const auto &[name, value] : record.query().queryItems(QUrl::FullyDecoded))
        pairs.append({name, value});
    m_count = pairs.size();
    m_table->setPairs(pairs);
    retranslate();
}

void QueryTab::clear()
{
    m_count = -1;
    m_table->setPairs({});
    retranslate();
}

} // namespace Gui
