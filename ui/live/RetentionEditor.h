// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QSpinBox;

namespace Capture {
struct Retention;
}
namespace Receiver {
class ReceiverController;
}

namespace Gui {

// The capture store's retention: keep at most N captures and captures at most D days old,
// pinned ones always. The ReceiverController keeps it and applies it to the store; a new limit
// that would delete captures asks first, as Delete and Clear do, and Cancel puts the old one back.
class RetentionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionEditor)

public:
    // Not owned; must outlive the editor.
    explicit RetentionEditor(Receiver::ReceiverController *controller, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSuffixes();
    void edited();
    // What the store holds, counted off the GUI thread (a shared store's server may be slow).
    struct Held
    {
        qint64 all = 0;
        qint64 unpinned = 0;
    };
    void counted(const Capture::Retention &wanted, const Held &held);
    // True when nothing would go (the limit is looser, or the store holds less) or the user
    // agreed to the deletion.
    bool confirm(const Capture::Retention &wanted, const Held &held);
    void showRetention();

    Receiver::ReceiverController *m_controller;
    QLabel *m_label;
    QSpinBox *m_countSpin;
    QSpinBox *m_daysSpin;
    bool m_confirming = false;
    QFutureWatcher<Held> m_counting;
};

} // namespace Gui
