// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/LatestJob.h"
#include "ui/live/detail/DetailWorkers.h"
#include "ui/live/detail/JsonText.h"

#include <QByteArray>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Gui {

class JsonHighlighter;

// The Body tab: JSON pretty-printed and highlighted, other text as received, and for bytes
// that are not text a note pointing at the Raw tab's hex. A big body is formatted on a worker
// thread and put into the editor a slice per event-loop turn, so the window stays responsive;
// above HighlightLimit the colours are left off (highlighting runs over every line on insert).
class BodyTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyTab)

public:
    static constexpr qsizetype SyncLimit = 256 * 1024; // bytes formatted on the GUI thread
    static constexpr qsizetype HighlightLimit = 1024 * 1024;
    static constexpr qsizetype SliceSize = 32 * 1024; // characters inserted per turn

    explicit BodyTab(QWidget *parent = nullptr);

    void showBody(const QByteArray &body);
    void clear();

    // True while formatting or filling the editor.
    bool isBusy() const;
    QString text() const;
    QString note() const;
    JsonText::BodyKind kind() const { return m_kind; }
    JsonHighlighter *highlighter() const { return m_highlighter; }
    QPlainTextEdit *editor() const { return m_text; }

signals:
    void showRawRequested();
    // The body is in the editor (after slices, for a big one).
    void ready();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Prepared
    {
        JsonText::BodyKind kind = JsonText::BodyKind::Empty;
        QString text;
    };
    static Prepared prepare(const QByteArray &body);
    void present(const Prepared &prepared);
    void insertSlice();
    void retranslate();

    enum class State { Empty, Formatting, Filling, Shown };
    State m_state = State::Empty;
    JsonText::BodyKind m_kind = JsonText::BodyKind::Empty;
    qsizetype m_size = 0;
    QString m_pending;
    qsizetype m_pendingAt = 0;
    LatestJob<Prepared> m_prepared {detailWorkers(), this, [this](const Prepared &prepared) {
                                        present(prepared);
                                    }};
    QTimer m_slices;

    QLabel *m_note;
    QPushButton *m_showRaw;
    QPlainTextEdit *m_text;
    JsonHighlighter *m_highlighter = nullptr;
};

} // namespace Gui
