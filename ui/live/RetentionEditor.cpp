// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/RetentionEditor.h"

#include "app/capture/CaptureStore.h"
#include "app/receiver/ReceiverController.h"
#include "ui/common/MessageBox.h"
#include "ui/live/detail/DetailWorkers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

namespace Gui {

namespace {

// A limit of 0 is "no limit"; a new limit is stricter when it is set and below the old one.
bool stricter(qint64 wanted, qint64 applied)
{
    return wanted > 0 && (applied == 0 || wanted < applied);
}

} // namespace

RetentionEditor::RetentionEditor(Receiver::ReceiverController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_label(new QLabel(this)),
      m_countSpin(new QSpinBox(this)), m_daysSpin(new QSpinBox(this))
{
    setObjectName(QStringLiteral("retentionEditor"));
    m_countSpin->setObjectName(QStringLiteral("retentionCountSpin"));
    m_countSpin->setRange(0, 100000000);
    m_countSpin->setSingleStep(1000);
    m_label->setBuddy(m_countSpin);
    m_daysSpin->setObjectName(QStringLiteral("retentionDaysSpin"));
    m_daysSpin->setRange(0, 3650);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_countSpin);
    layout->addWidget(m_daysSpin);
    retranslate();

    showRetention();
    connect(m_controller, &Receiver::ReceiverController::optionsChanged, this,
            &RetentionEditor::showRetention);
    for (QSpinBox *spin : {m_countSpin, m_daysSpin}) {
        connect(spin, &QSpinBox::editingFinished, this, &RetentionEditor::edited);
        connect(spin, &QSpinBox::valueChanged, this, &RetentionEditor::updateSuffixes);
    }
}

void RetentionEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void RetentionEditor::retranslate()
{
    m_label->setText(tr("K&eep at most:"));
    m_countSpin->setAccessibleName(tr("Retention by count"));
    m_countSpin->setSpecialValueText(tr("no limit"));
    m_countSpin->setToolTip(tr("Older captures beyond this number are deleted; pinned "
                               "ones are kept"));
    m_daysSpin->setAccessibleName(tr("Retention by age in days"));
    m_daysSpin->setSpecialValueText(tr("any age"));
    m_daysSpin->setToolTip(tr("Captures older than this are deleted; pinned ones are "
                              "kept"));
    updateSuffixes();
}

void RetentionEditor::updateSuffixes()
{
    // By number: "1 capture", "2 captures" (a fixed suffix read "1 captures").
    m_countSpin->setSuffix(tr(" capture(s)", nullptr, m_countSpin->value()));
    m_daysSpin->setSuffix(tr(" day(s)", nullptr, m_daysSpin->value()));
}

void RetentionEditor::edited()
{
    if (m_confirming)
        return; // the box's own focus change re-enters here
    const Capture::Retention wanted {m_countSpin->value(), m_daysSpin->value()};
    if (wanted == m_controller->retention())
        return;
    const Capture::CaptureStore *store = m_controller->store();
    const Capture::Retention applied = m_controller->retention();
    // Looser limits delete nothing: nothing to count, nothing to ask.
    if (!store
        || (!stricter(wanted.maxCount, applied.maxCount)
            && !stricter(wanted.maxAgeDays, applied.maxAgeDays))) {
        m_controller->setRetention(wanted);
        return;
    }
    // Counted first, then asked; the fields wait meanwhile.
    m_confirming = true;
    setEnabled(false);
    m_counting.disconnect(this);
    connect(&m_counting, &QFutureWatcher<Held>::finished, this,
            [this, wanted] { counted(wanted, m_counting.result()); });
    // Not Qt's global pool, which the window's painting waits on (DetailWorkers.h).
    m_counting.setFuture(QtConcurrent::run(detailWorkers(), [store] {
        Capture::CaptureFilter pinned;
        pinned.pinnedOnly = true;
        const qint64 all = store->count();
        return Held {all, all - store->count(pinned)};
    }));
}

void RetentionEditor::counted(const Capture::Retention &wanted, const Held &held)
{
    setEnabled(true);
    const bool agreed = confirm(wanted, held);
    m_confirming = false;
    if (agreed)
        m_controller->setRetention(wanted);
    else
        showRetention();
}

void RetentionEditor::showRetention()
{
    const Capture::Retention applied = m_controller->retention();
    {
        const QSignalBlocker countBlocker(m_countSpin);
        const QSignalBlocker daysBlocker(m_daysSpin);
        m_countSpin->setValue(int(applied.maxCount));
        m_daysSpin->setValue(int(applied.maxAgeDays));
    }
    updateSuffixes();
}

bool RetentionEditor::confirm(const Capture::Retention &wanted, const Held &held)
{
    const Capture::CaptureStore *store = m_controller->store();
    if (!store)
        return true;
    const Capture::Retention applied = m_controller->retention();
    QStringList losses;
    if (stricter(wanted.maxCount, applied.maxCount) && held.unpinned > wanted.maxCount)
        losses << tr("The oldest %n capture(s) will be deleted now.", nullptr,
                     int(std::min<qint64>(held.unpinned - wanted.maxCount, INT_MAX)));
    // Counting by age would need a query of its own; any stored capture may be old enough.
    if (stricter(wanted.maxAgeDays, applied.maxAgeDays) && held.all > 0)
        losses << tr("Captures older than %n day(s) will be deleted now.", nullptr,
                     int(wanted.maxAgeDays));
    if (losses.isEmpty())
        return true;
    MessageBox::Request request;
    request.icon = QMessageBox::Warning;
    request.title = tr("Apply Retention");
    request.text = losses.join(QLatin1Char(' '));
    request.informativeText = store->isShared()
        ? tr("The capture history is shared through %1: the retention applies to everyone who "
             "uses it, and what it deletes disappears from your colleagues' consoles too. Pinned "
             "captures are kept. This cannot be undone.")
              .arg(store->displayName())
        : tr("Pinned captures are kept. This cannot be undone.");
    request.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    request.defaultButton = QMessageBox::Cancel;
    request.buttonTexts = {{QMessageBox::Yes, tr("&Delete and Apply")}};
    return MessageBox::ask(this, request) == QMessageBox::Yes;
}

} // namespace Gui
