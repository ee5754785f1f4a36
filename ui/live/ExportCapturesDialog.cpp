// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/ExportCapturesDialog.h"

#include "app/capture/CaptureStore.h"
#include "app/handoff/ExportCaptures.h"
#include "app/session/SettingsKeys.h"
#include "ui/common/FileDialog.h"
#include "ui/common/RememberedGeometry.h"
#include "ui/common/StatusColours.h"
#include "ui/live/detail/DetailWorkers.h"
#include "ui_ExportCapturesDialog.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Gui {

ExportCapturesDialog::ExportCapturesDialog(const Capture::CaptureStore *store,
                                           QList<qint64> selectedIds,
                                           Capture::CaptureFilter currentFilter, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportCapturesDialog>()), m_store(store),
      m_selectedIds(std::move(selectedIds)), m_filter(std::move(currentFilter))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    if (m_store && m_store->isOpen()) {
        connect(&m_counting, &QFutureWatcher<std::pair<qint64, qint64>>::finished, this, [this] {
            std::tie(m_allCount, m_filterCount) = m_counting.result();
            retranslate();
            updateWidgets();
        });
        const Capture::CaptureStore *store = m_store;
        // Not Qt's global pool, which the window's painting waits on (DetailWorkers.h).
        m_counting.setFuture(QtConcurrent::run(detailWorkers(), [store, filter = m_filter] {
            const qint64 all = store->count();
            return std::pair<qint64, qint64>(all, filter.isEmpty() ? all : store->count(filter));
        }));
    }
    if (!m_selectedIds.isEmpty())
        setScope(Scope::Selected);
    else if (!m_filter.isEmpty())
        setScope(Scope::Filter);
    else
        setScope(Scope::All);

    retranslate();
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ExportCapturesDialog::startExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportCapturesDialog::reject);
    for (QRadioButton *radio : {m_ui->selectedRadio, m_ui->filterRadio, m_ui->allRadio})
        connect(radio, &QRadioButton::toggled, this, &ExportCapturesDialog::updateWidgets);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this,
            &ExportCapturesDialog::exportFinished);
    rememberGeometry(this, Session::SettingsKeys::ExportCapturesDialogGeometry);
    updateWidgets();
}

ExportCapturesDialog::~ExportCapturesDialog()
{
    m_watcher.waitForFinished();
    m_counting.waitForFinished();
}

void ExportCapturesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    const int format = m_ui->formatCombo->currentIndex();
    m_ui->retranslateUi(this);
    m_ui->formatCombo->setCurrentIndex(format);
    retranslate();
    updateWidgets();
}

// The texts set in code; the .ui texts come from retranslateUi().
void ExportCapturesDialog::retranslate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->selectedRadio->setText(tr("&Selected (%n)", nullptr, int(m_selectedIds.size())));
    m_ui->filterRadio->setText(
        m_filterCount ? tr("All &matching the filter (%n)", nullptr, int(*m_filterCount))
                      : tr("All &matching the filter (counting…)"));
    m_ui->allRadio->setText(m_allCount ? tr("&All stored (%n)", nullptr, int(*m_allCount))
                                       : tr("&All stored (counting…)"));
}

Handoff::Format ExportCapturesDialog::format() const
{
    switch (m_ui->formatCombo->currentIndex()) {
    case 1:
        return Handoff::Format::Har;
    case 2:
        return Handoff::Format::Csv;
    default:
        return Handoff::Format::JsonLines;
    }
}

void ExportCapturesDialog::setFormat(Handoff::Format format)
{
    m_ui->formatCombo->setCurrentIndex(format == Handoff::Format::Har       ? 1
                                           : format == Handoff::Format::Csv ? 2
                                                                            : 0);
}

ExportCapturesDialog::Scope ExportCapturesDialog::scope() const
{
    if (m_ui->selectedRadio->isChecked())
        return Scope::Selected;
    if (m_ui->filterRadio->isChecked())
        return Scope::Filter;
    return Scope::All;
}

void ExportCapturesDialog::setScope(Scope scope)
{
    (scope == Scope::Selected     ? m_ui->selectedRadio
         : scope == Scope::Filter ? m_ui->filterRadio
                                  : m_ui->allRadio)
        ->setChecked(true);
}

bool ExportCapturesDialog::redacted() const
{
    return m_ui->redactCheck->isChecked();
}

void ExportCapturesDialog::setRedacted(bool redact)
{
    m_ui->redactCheck->setChecked(redact);
}

std::optional<qint64> ExportCapturesDialog::countFor(Scope scope) const
{
    switch (scope) {
    case Scope::Selected:
        return m_selectedIds.size();
    case Scope::Filter:
        return m_filterCount;
    case Scope::All:
        return m_allCount;
    }
    return 0;
}

void ExportCapturesDialog::updateWidgets()
{
    const bool exporting = isExporting();
    const bool storeOpen = m_store && m_store->isOpen();
    m_ui->selectedRadio->setEnabled(!exporting && !m_selectedIds.isEmpty());
    // With no filter set, "matching the filter" is every capture: one choice is enough.
    m_ui->filterRadio->setEnabled(!exporting && !m_filter.isEmpty());
    m_ui->allRadio->setEnabled(!exporting);
    m_ui->formatCombo->setEnabled(!exporting);
    m_ui->redactCheck->setEnabled(!exporting);
    m_ui->buttonBox->setEnabled(!exporting);

    QString hint;
    Tone tone = Tone::Error;
    if (exporting) {
        hint = tr("Writing %1…").arg(QDir::toNativeSeparators(m_fileName));
        tone = Tone::Normal;
    } else if (!storeOpen) {
        hint = tr("The capture store is not open, so there is nothing to export.");
    } else if (!countFor(scope())) {
        hint = tr("Counting the captures…");
        tone = Tone::Normal;
    } else if (*countFor(scope()) == 0) {
        hint = scope() == Scope::Filter ? tr("No capture matches the filter: change the filter "
                                             "in the list or export all.")
                                        : tr("There are no captures to export yet.");
    }
    m_ui->exportButton->setEnabled(!exporting && storeOpen && countFor(scope()).value_or(0) > 0);
    m_ui->hintLabel->setText(hint);
    setTone(m_ui->hintLabel, tone);
}

void ExportCapturesDialog::startExport()
{
    if (isExporting() || !m_ui->exportButton->isEnabled())
        return;
    const Handoff::Format chosenFormat = format();
    const QString suffix = Handoff::fileSuffix(chosenFormat);
    QString directory = QSettings().value(Session::SettingsKeys::ExportLastDirectory).toString();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(directory).filePath(u"captures-%1.%2"_s.arg(
        QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s), suffix));
    const QString fileFilter = chosenFormat == Handoff::Format::Har ? tr("HAR files (*.har)")
        : chosenFormat == Handoff::Format::Csv                      ? tr("CSV files (*.csv)")
                                               : tr("JSON Lines files (*.jsonl)");
    QString fileName
        = FileDialog::getSaveFileName(this, tr("Export Captures"), suggested, fileFilter);
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += u'.' + suffix;
    QSettings().setValue(Session::SettingsKeys::ExportLastDirectory,
                         QFileInfo(fileName).absolutePath());

    m_fileName = fileName;
    m_exporting = true;
    m_ui->errorBanner->hideMessage();
    const Handoff::RedactionOptions options {.enabled = redacted()};
    const Scope chosenScope = scope();
    const Capture::CaptureStore *store = m_store;
    const QList<qint64> ids = m_selectedIds;
    const Capture::CaptureFilter captureFilter = m_filter;
    const Handoff::PropertyTitles titles = [names = m_propertyNames](const QString &id) {
        return names.value(id, id);
    };
    m_watcher.setFuture(QtConcurrent::run([=] {
        Outcome outcome;
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly)) {
            outcome.error = tr("Could not create %1: %2.")
                                .arg(QDir::toNativeSeparators(fileName), file.errorString());
            return outcome;
        }
        switch (chosenScope) {
        case Scope::Selected:
            outcome.ok = Handoff::exportCaptures(*store, ids, chosenFormat, options, file,
                                                 &outcome.error, &outcome.written, titles);
            break;
        case Scope::Filter:
        case Scope::All:
            outcome.ok = Handoff::exportCaptures(
                *store, chosenScope == Scope::Filter ? captureFilter : Capture::CaptureFilter(),
                chosenFormat, options, file, &outcome.error, &outcome.written, titles);
            break;
        }
        if (outcome.ok && !file.commit()) {
            outcome.ok = false;
            outcome.error = tr("Could not save %1: %2.")
                                .arg(QDir::toNativeSeparators(fileName), file.errorString());
        }
        return outcome;
    }));
    updateWidgets();
}

void ExportCapturesDialog::exportFinished()
{
    const Outcome outcome = m_watcher.result();
    m_exporting = false;
    updateWidgets();
    if (!outcome.ok) {
        m_ui->errorBanner->showMessage(
            tr("%1 Nothing was saved; choose another folder or free some space and try again.")
                .arg(outcome.error));
        return;
    }
    m_exportedFile = m_fileName;
    m_exportedCount = outcome.written;
    emit exported(m_exportedFile, m_exportedCount);
    accept();
}

void ExportCapturesDialog::reject()
{
    if (isExporting())
        return;
    QDialog::reject();
}

} // namespace Gui
