// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/CaptureFilterBar.h"

#include "app/payloads/EventCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTimer>

using Capture::CaptureFilter;

namespace Gui {

namespace {
// Item data of the event combo's two special entries; the others carry the event name.
const QString AnyEvent = QStringLiteral("*any*");
const QString NoEvent = QStringLiteral("*none*");
} // namespace

// A combo never wider than its current text needs (it may be narrower: then it elides).
void CaptureFilterBar::fitToCurrentText(QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    const QFontMetrics metrics = combo->fontMetrics();
    const QSize text(metrics.horizontalAdvance(combo->currentText()), metrics.height());
    const int wanted
        = combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo).width();
    combo->setMaximumWidth(std::max(wanted, combo->minimumSizeHint().width()));
}

CaptureFilterBar::CaptureFilterBar(QWidget *parent)
    : QWidget(parent), m_eventCombo(new QComboBox(this)), m_methodCombo(new QComboBox(this)),
      m_statusCombo(new QComboBox(this)), m_textEdit(new QLineEdit(this)),
      m_pinnedCheck(new QCheckBox(this)), m_markedCheck(new QCheckBox(this)),
      m_clearButton(new QPushButton(this)), m_textTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("captureFilterBar"));
    m_eventCombo->setObjectName(QStringLiteral("captureEventFilter"));
    // Wide enough for most event names with their count, never wider: the window fits 800 px.
    m_eventCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_eventCombo->setMinimumContentsLength(11);
    m_statusCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statusCombo->setMinimumContentsLength(8);
    m_methodCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_methodCombo->setMinimumContentsLength(7);
    m_methodCombo->setObjectName(QStringLiteral("captureMethodFilter"));
    m_statusCombo->setObjectName(QStringLiteral("captureStatusFilter"));
    m_textEdit->setObjectName(QStringLiteral("captureTextFilter"));
    m_textEdit->setClearButtonEnabled(true);
    m_textEdit->setMinimumWidth(100);
    m_textEdit->installEventFilter(this);
    m_pinnedCheck->setObjectName(QStringLiteral("capturePinnedFilter"));
    m_markedCheck->setObjectName(QStringLiteral("captureMarkedFilter"));
    m_clearButton->setObjectName(QStringLiteral("clearCaptureFiltersButton"));
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(TextDebounceMs);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Narrow at 800 px; given room (1280 px, say), each combo grows up to its whole current
    // text ("All events (300,000)"), and the text field takes the rest.
    layout->addWidget(m_eventCombo, 2);
    layout->addWidget(m_methodCombo, 2);
    layout->addWidget(m_statusCombo, 2);
    layout->addWidget(m_textEdit, 1);
    layout->addWidget(m_pinnedCheck);
    layout->addWidget(m_markedCheck);
    layout->addWidget(m_clearButton);

    for (QComboBox *combo : {m_eventCombo, m_methodCombo, m_statusCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &CaptureFilterBar::emitChanged);
        connect(combo, &QComboBox::currentTextChanged, combo, [combo] { fitToCurrentText(combo); });
    }
    for (QCheckBox *check : {m_pinnedCheck, m_markedCheck})
        connect(check, &QCheckBox::toggled, this, &CaptureFilterBar::emitChanged);
    connect(m_textEdit, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_textTimer, &QTimer::timeout, this, &CaptureFilterBar::emitChanged);
    connect(m_clearButton, &QPushButton::clicked, this, &CaptureFilterBar::clearFilters);
    retranslate();
    m_clearButton->setEnabled(false);
}

void CaptureFilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

bool CaptureFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Esc empties the search field, as in the webhooks table.
    if (watched == m_textEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && !m_textEdit->text().isEmpty()) {
        m_textEdit->clear();
        m_textTimer->stop();
        emitChanged();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CaptureFilterBar::retranslate()
{
    const QSignalBlocker methodBlocker(m_methodCombo);
    const QSignalBlocker statusBlocker(m_statusCombo);
    const int method = std::max(0, m_methodCombo->currentIndex());
    const int status = std::max(0, m_statusCombo->currentIndex());
    m_methodCombo->clear();
    m_methodCombo->addItem(tr("Any method"), QByteArray());
    for (const char *name : {"POST", "GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
        m_methodCombo->addItem(QString::fromLatin1(name), QByteArray(name));
    m_methodCombo->setCurrentIndex(method);
    m_statusCombo->clear();
    m_statusCombo->addItem(tr("Any status"), int(CaptureFilter::StatusClass::Any));
    m_statusCombo->addItem(tr("2xx success"), int(CaptureFilter::StatusClass::Success));
    m_statusCombo->addItem(tr("4xx refused"), int(CaptureFilter::StatusClass::ClientError));
    m_statusCombo->addItem(tr("5xx failed"), int(CaptureFilter::StatusClass::ServerError));
    m_statusCombo->setCurrentIndex(status);
    fillEvents();

    m_eventCombo->setAccessibleName(tr("Event filter"));
    m_eventCombo->setToolTip(tr("Show captures of one Channex event (the number is how many are "
                                "stored)"));
    m_methodCombo->setAccessibleName(tr("Method filter"));
    m_statusCombo->setAccessibleName(tr("Status filter"));
    m_statusCombo->setToolTip(tr("Show captures by the status the receiver answered"));
    m_textEdit->setPlaceholderText(tr("Search body, header names and values"));
    m_textEdit->setAccessibleName(tr("Search captures"));
    m_textEdit->setToolTip(tr("Text in the body, a header name or a header value (any case). "
                              "Esc clears it."));
    m_pinnedCheck->setText(tr("&Pinned"));
    m_pinnedCheck->setAccessibleName(tr("Pinned only"));
    m_pinnedCheck->setToolTip(tr("Show only pinned captures"));
    m_markedCheck->setText(tr("Marke&d"));
    m_markedCheck->setAccessibleName(tr("Marked only"));
    m_markedCheck->setToolTip(tr("Show only duplicates, out-of-order deliveries, rejected "
                                 "requests and secret mismatches"));
    m_clearButton->setText(tr("Clear filters"));
    m_clearButton->setAccessibleName(tr("Clear filters"));
    for (QComboBox *combo : {m_methodCombo, m_statusCombo}) // filled with signals blocked
        fitToCurrentText(combo);
}

void CaptureFilterBar::fillEvents()
{
    const QSignalBlocker blocker(m_eventCombo);
    const QString current = m_eventCombo->currentData().toString();
    qint64 total = 0;
    qint64 unrecognised = 0;
    QHash<QString, qint64> byEvent;
    for (const Capture::EventCount &count : m_counts) {
        total += count.count;
        if (count.event.isEmpty())
            unrecognised += count.count;
        else
            byEvent.insert(count.event, count.count);
    }
    const QLocale locale;
    QList<std::pair<QString, QString>> items; // text, data
    items.append({tr("All events (%1)").arg(locale.toString(total)), AnyEvent});
    for (const Payloads::EventInfo &info : Payloads::EventCatalog::events()) {
        items.append(
            {tr("%1 (%2)").arg(info.name, locale.toString(byEvent.value(info.name))), info.name});
    }
    items.append({tr("Not a Channex payload (%1)").arg(locale.toString(unrecognised)), NoEvent});
    // The catalogue's order is fixed: the counts change in place, so an open list keeps its
    // highlighted item and a screen reader is not told of a new list every second.
    if (m_eventCombo->count() == items.size()) {
        for (int i = 0; i < items.size(); ++i)
            m_eventCombo->setItemText(i, items.at(i).first);
        fitToCurrentText(m_eventCombo);
        return;
    }
    m_eventCombo->clear();
    for (const auto &[text, data] : std::as_const(items))
        m_eventCombo->addItem(text, data);
    const int index = m_eventCombo->findData(current.isEmpty() ? AnyEvent : current);
    m_eventCombo->setCurrentIndex(std::max(0, index));
    fitToCurrentText(m_eventCombo);
}

void CaptureFilterBar::setEventCounts(const QList<Capture::EventCount> &counts)
{
    if (counts.size() == m_counts.size()
        && std::equal(counts.cbegin(), counts.cend(), m_counts.cbegin(),
                      [](const Capture::EventCount &a, const Capture::EventCount &b) {
                          return a.event == b.event && a.count == b.count;
                      }))
        return;
    m_counts = counts;
    fillEvents();
}

CaptureFilter CaptureFilterBar::filter() const
{
    CaptureFilter filter;
    const QString event = m_eventCombo->currentData().toString();
    if (event == NoEvent)
        filter.unrecognisedOnly = true;
    else if (event != AnyEvent)
        filter.event = event;
    filter.method = m_methodCombo->currentData().toByteArray();
    filter.status = CaptureFilter::StatusClass(m_statusCombo->currentData().toInt());
    filter.text = m_textEdit->text().trimmed();
    filter.pinnedOnly = m_pinnedCheck->isChecked();
    filter.markedOnly = m_markedCheck->isChecked();
    return filter;
}

void CaptureFilterBar::focusText()
{
    m_textEdit->setFocus(Qt::ShortcutFocusReason);
    m_textEdit->selectAll();
}

void CaptureFilterBar::clearFilters()
{
    {
        const QSignalBlocker b1(m_eventCombo), b2(m_methodCombo), b3(m_statusCombo), b4(m_textEdit),
            b5(m_pinnedCheck), b6(m_markedCheck);
        m_eventCombo->setCurrentIndex(0);
        m_methodCombo->setCurrentIndex(0);
        m_statusCombo->setCurrentIndex(0);
        m_textEdit->clear();
        m_pinnedCheck->setChecked(false);
        m_markedCheck->setChecked(false);
    }
    m_textTimer->stop();
    emitChanged();
}

void CaptureFilterBar::emitChanged()
{
    const CaptureFilter current = filter();
    m_clearButton->setEnabled(!current.isEmpty());
    if (current == m_last)
        return;
    m_last = current;
    emit filterChanged(current);
}

} // namespace Gui
