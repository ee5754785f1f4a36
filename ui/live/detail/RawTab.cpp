// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/RawTab.h"

#include "ui/common/FixedFont.h"
#include "ui/live/detail/HexDumpModel.h"
#include "ui/live/detail/JsonText.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

RawTab::RawTab(QWidget *parent)
    : QWidget(parent), m_note(new QLabel(this)), m_hexToggle(new QCheckBox(this)),
      m_stack(new QStackedWidget(this)), m_text(new QPlainTextEdit(this)),
      m_hex(new QTableView(this)), m_hexModel(new HexDumpModel(this)), m_copyRows(new QAction(this))
{
    setObjectName(u"rawTab"_s);
    m_note->setObjectName(u"rawNote"_s);
    m_note->setWordWrap(true);
    m_hexToggle->setObjectName(u"rawShowHex"_s);
    m_text->setObjectName(u"rawText"_s);
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(fixedFont());
    m_hex->setObjectName(u"rawHex"_s);
    m_hex->setFont(fixedFont());
    m_hex->setModel(m_hexModel);
    m_hex->setWordWrap(false);
    m_hex->setShowGrid(false);
    m_hex->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hex->verticalHeader()->hide();
    m_hex->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_hex->verticalHeader()->setDefaultSectionSize(m_hex->fontMetrics().lineSpacing() + 2);
    m_hex->horizontalHeader()->setStretchLastSection(true);
    const int digit = m_hex->fontMetrics().horizontalAdvance(u'0');
    m_hex->setColumnWidth(HexDumpModel::OffsetColumn, digit * 10);
    m_hex->setColumnWidth(HexDumpModel::HexColumn, digit * (HexDumpModel::BytesPerRow * 3 + 2));
    m_copyRows->setShortcut(QKeySequence::Copy);
    m_copyRows->setShortcutContext(Qt::WidgetShortcut);
    m_hex->addAction(m_copyRows);
    m_hex->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_hex);

    auto *top = new QHBoxLayout;
    top->addWidget(m_note, 1);
    top->addWidget(m_hexToggle);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_hexToggle, &QCheckBox::toggled, this, &RawTab::updateWidgets);
    connect(m_copyRows, &QAction::triggered, this, &RawTab::copyHexRows);
    retranslate();
}

void RawTab::showBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    m_isText = bytes.size() <= TextLimit && JsonText::isPrintableUtf8(bytes);
    m_textLoaded = false;
    m_text->clear();
    m_hexModel->setBytes(bytes);
    const QSignalBlocker blocker(m_hexToggle);
    m_hexToggle->setChecked(!m_isText);
    updateWidgets();
}

void RawTab::clear()
{
    showBytes({});
}

bool RawTab::isHexShown() const
{
    return m_stack->currentWidget() == m_hex;
}

void RawTab::setHexShown(bool hex)
{
    m_hexToggle->setChecked(hex || !m_isText);
}

QString RawTab::text() const
{
    loadText();
    return m_text->toPlainText();
}

void RawTab::loadText() const
{
    if (m_textLoaded || !m_isText || m_hexToggle->isChecked())
        return;
    m_text->setPlainText(QString::fromUtf8(m_bytes)); // at most TextLimit
    m_textLoaded = true;
}

void RawTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateWidgets();
}

QString RawTab::note() const
{
    return m_note->text();
}

void RawTab::updateWidgets()
{
    const bool hex = m_hexToggle->isChecked() || !m_isText;
    // The text is filled in when it is seen: up to 1 MB of wrapped text would cost the GUI
    // thread for every capture selected while another tab is open.
    if (!hex && isVisible())
        loadText();
    m_stack->setCurrentWidget(hex ? static_cast<QWidget *>(m_hex) : m_text);
    m_hexToggle->setEnabled(m_isText);
    retranslate();
}

void RawTab::copyHexRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_hex->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const int row : std::as_const(rows))
        lines.append(m_hexModel->rowText(row));
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

void RawTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void RawTab::retranslate()
{
    m_hexToggle->setText(tr("Show as hex"));
    m_hexToggle->setAccessibleName(tr("Show the raw bytes as hex"));
    m_text->setAccessibleName(tr("Raw request"));
    m_hex->setAccessibleName(tr("Raw request in hex"));
    m_copyRows->setText(tr("Copy rows"));
    m_hexModel->retranslate();
    QString note = tr("%n byte(s), exactly as received.", nullptr, int(m_bytes.size()));
    if (m_bytes.isEmpty())
        note = tr("No bytes were kept for this request.");
    else if (m_bytes.size() > TextLimit)
        note += u' ' + tr("Over 1 MB, so shown as hex only; the Body tab shows the text.");
    else if (!m_isText)
        note += u' ' + tr("Not UTF-8 text, or holds control characters: shown as hex.");
    m_note->setText(note);
}

} // namespace Gui
