// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Gui {

// A one-line label for a status bar: when the line is narrower than its text (an 800-pixel
// window in German, say), the text ends in "…" instead of being cut, and hovering shows all of
// it (before the label's own tooltip). text() and the accessible name keep the whole text.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    // Whether the text shown now ends in "…".
    bool isElided() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Gui
