// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureFilter.h"
#include "app/handoff/Format.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace Capture {
class CaptureStore;
}

namespace Ui {
class ExportCapturesDialog;
}

namespace Gui {

// Export captures: a format (JSON Lines, HAR 1.2, CSV), which captures (the selected ones,
// all matching the list's filter, or all), and whether to redact secrets and guest personal data.
// Export… asks for the file through Gui::FileDialog (the format's suffix added when the name has
// none), writes it through Handoff::exportCaptures on a worker thread (the store is read one
// capture at a time; a QSaveFile leaves no half-written file), and accepts the dialog when done.
// An error is shown in the dialog, which stays open. The store must outlive the dialog.
class ExportCapturesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCapturesDialog)

public:
    enum class Scope { Selected, Filter, All };

    ExportCapturesDialog(const Capture::CaptureStore *store, QList<qint64> selectedIds,
                         Capture::CaptureFilter currentFilter, QWidget *parent = nullptr);
    ~ExportCapturesDialog() override; // waits for an export under way

    Handoff::Format format() const;
    void setFormat(Handoff::Format format);
    Scope scope() const;
    void setScope(Scope scope);
    bool redacted() const;
    void setRedacted(bool redact);
    // Property names by id, written beside the ids (CSV); copied, so the export thread reads
    // nothing the window may change.
    void setPropertyNames(QHash<QString, QString> idToTitle)
    {
        m_propertyNames = std::move(idToTitle);
    }

    // What Export… does: asks for the file, then writes it.
    void startExport();
    // From Export… until the outcome is shown (the file written, or the error).
    bool isExporting() const { return m_exporting; }
    // After a successful export.
    QString exportedFile() const { return m_exportedFile; }
    qint64 exportedCount() const { return m_exportedCount; }

signals:
    void exported(const QString &fileName, qint64 count);

public slots:
    void reject() override; // not while an export is being written

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
        qint64 written = 0;
    };

    void retranslate();
    void updateWidgets();
    std::optional<qint64> countFor(Scope scope) const;
    void exportFinished();

    std::unique_ptr<Ui::ExportCapturesDialog> m_ui;
    const Capture::CaptureStore *m_store;
    QList<qint64> m_selectedIds;
    Capture::CaptureFilter m_filter;
    QHash<QString, QString> m_propertyNames;
    // Counted on a thread of its own (a shared store's server may be slow): unknown until then.
    std::optional<qint64> m_filterCount;
    std::optional<qint64> m_allCount;
    QFutureWatcher<std::pair<qint64, qint64>> m_counting;
    QString m_fileName; // being written
    QString m_exportedFile;
    qint64 m_exportedCount = 0;
    bool m_exporting = false;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace Gui
