#include "ui/live/detail/HeadersTab.h"

#include "ui/live/detail/PairTable.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

HeadersTab::HeadersTab(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_table(new PairTable(this))
{
    setObjectName(u"headersTab"_s);
    m_summary->setObjectName(u"headersSummary"_s);
    m_table->setObjectName(u"headersTable"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
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
    m_summary->setText(m_count < 0        ? QString()
                           : m_count == 0 ? tr("The request had no header fields.")
                                          : tr("%n header field(s), in the order they arrived.",
                                               nullptr, int(m_count)));
}

void HeadersTab::showCapture(const Capture::CaptureRecord &record)
{
    m_count = record.headers.size();
    m_table->setPairs(PairTable::fromHeaders(record.headers));
    retranslate();
}

void HeadersTab::clear()
{
    m_count = -1;
    m_table->setPairs({});
    retranslate();
}

} // namespace Gui
