// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MessageBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Gui {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    m_label->setObjectName(QStringLiteral("messageBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 5, 8, 5);
    layout->addWidget(m_label, 1);
    restyle();
    nameText();
    hide();
}

void MessageBanner::showMessage(const QString &text, Tone tone, Qt::TextFormat format)
{
    const bool toneChanged = tone != m_tone;
    m_tone = tone;
    m_label->setTextFormat(format);
    m_label->setText(text);
    nameText();
    if (toneChanged)
        restyle();
    setVisible(!text.isEmpty());
}

QString MessageBanner::text() const
{
    return m_label->text();
}

QPushButton *MessageBanner::addButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    static_cast<QHBoxLayout *>(layout())->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
    else if (event->type() == QEvent::LanguageChange)
        nameText();
}

// The selectable text is what a screen reader reaches: it carries the banner's name ("Error").
void MessageBanner::nameText()
{
    m_label->setAccessibleName(accessibleName().isEmpty() ? tr("Message") : accessibleName());
}

// Tinted background and border in the tone's colour, computed from the palette in use, so the
// banner reads on a light and a dark theme alike. Only the frame and its text are styled: its
// buttons keep the platform's look.
void MessageBanner::restyle()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const QColor text = toneColour(m_tone, base);
    QColor background = text;
    background.setAlpha(isDarkPalette(base) ? 40 : 28);
    // Setting a style sheet sends a PaletteChange of its own.
    if (m_restyling)
        return;
    m_restyling = true;
    setStyleSheet(QStringLiteral("Gui--MessageBanner { background: %1; border: 1px solid %2; "
                                 "border-radius: 3px; } "
                                 "QLabel#messageBannerText { color: %2; background: transparent; }")
                      .arg(background.name(QColor::HexArgb), text.name(QColor::HexRgb)));
    m_restyling = false;
}

} // namespace Gui
