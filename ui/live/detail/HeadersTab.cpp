// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/HeadersTab.h"

#include "ui/live/detail/PairTable.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

HeadersTab::HeadersTab(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_table(new PairTable(this)),
      m_trailersLabel(new QLabel(this)), m_trailersTable(new PairTable(this))
{
    setObjectName(u"headersTab"_s);
    m_summary->setObjectName(u"headersSummary"_s);
    m_table->setObjectName(u"headersTable"_s);
    m_trailersLabel->setObjectName(u"trailersSummary"_s);
    m_trailersTable->setObjectName(u"trailersTable"_s);
    m_trailersLabel->hide();
    m_trailersTable->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_trailersLabel);
    layout->addWidget(m_trailersTable, 1);
    retranslate();
}

void HeadersTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void HeadersTab::retranslate()
{
    m_table->setAccessibleName(tr("Request headers"));
    m_table->setColumnTitles(tr("Name"), tr("Value"));
    m_trailersTable->setAccessibleName(tr("Request trailers"));
    m_trailersTable->setColumnTitles(tr("Name"), tr("Value"));
    m_trailersLabel->setText(tr("Trailer fields, sent after the chunked body:"));
    m_summary->setText(m_count < 0        ? QString()
                           : m_count == 0 ? tr("The request had no header fields.")
                                          : tr("%n header field(s), in the order they arrived.",
                                               nullptr, int(m_count)));
}

void HeadersTab::showCapture(const Capture::CaptureRecord &record)
{
    m_count = record.headers.size();
    m_table->setPairs(PairTable::fromHeaders(record.headers));
    const Http::HeaderList trailers = record.trailers();
    m_trailersTable->setPairs(PairTable::fromHeaders(trailers));
    m_trailersLabel->setVisible(!trailers.isEmpty());
    m_trailersTable->setVisible(!trailers.isEmpty());
    retranslate();
}

void HeadersTab::clear()
{
    m_count = -1;
    m_table->setPairs({});
    m_trailersTable->setPairs({});
    m_trailersLabel->hide();
    m_trailersTable->hide();
    retranslate();
}

} // namespace Gui
