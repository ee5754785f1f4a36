// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureFilter.h"
#include "app/capture/CaptureStore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Gui {

// Search and filter of the captured list: event (with per-event counts), method, status
// class, text in body or headers (debounced), pinned only, marked only, and Clear filters.
// Emits filterChanged whenever the filter it describes changes.
class CaptureFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureFilterBar)

public:
    static constexpr int TextDebounceMs = 250;

    explicit CaptureFilterBar(QWidget *parent = nullptr);

    Capture::CaptureFilter filter() const;
    // The counts shown beside each event name (the whole store, not the filter).
    void setEventCounts(const QList<Capture::EventCount> &counts);
    void focusText();

public slots:
    void clearFilters();

signals:
    void filterChanged(const Capture::CaptureFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static void fitToCurrentText(QComboBox *combo);
    void retranslate();
    void fillEvents();
    void emitChanged();

    QComboBox *m_eventCombo;
    QComboBox *m_methodCombo;
    QComboBox *m_statusCombo;
    QLineEdit *m_textEdit;
    QCheckBox *m_pinnedCheck;
    QCheckBox *m_markedCheck;
    QPushButton *m_clearButton;
    QTimer *m_textTimer;
    QList<Capture::EventCount> m_counts;
    Capture::CaptureFilter m_last;
};

} // namespace Gui
