// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/StatusColours.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Gui {

// The one inline message of the console (an error, a warning, a note) above or below the part it
// is about, in the tone's colours on the palette in use, with optional buttons at its right end
// ("Try again"). Hidden while it has no text. Its text is selectable, so a person can copy an
// error into a support request.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    // Shows `text` (plain unless told otherwise: error texts quote what servers said); an empty
    // text hides the banner.
    void showMessage(const QString &text, Tone tone = Tone::Error,
                     Qt::TextFormat format = Qt::PlainText);
    void hideMessage() { showMessage({}); }
    QString text() const;
    Tone tone() const { return m_tone; }

    // A button at the right end, shown with the banner; the owner names and connects it.
    QPushButton *addButton(const QString &objectName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    void nameText();

    QLabel *m_label;
    Tone m_tone = Tone::Error;
    bool m_restyling = false;
};

} // namespace Gui
