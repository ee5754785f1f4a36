// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ViewStateOverlay.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

ViewStateOverlay::ViewStateOverlay(QWidget *viewport)
    : QWidget(viewport), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("viewStateOverlay"));
    m_title->setObjectName(QStringLiteral("viewStateTitle"));
    m_text->setObjectName(QStringLiteral("viewStateText"));
    m_action->setObjectName(QStringLiteral("viewStateAction"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    // No alignment flag here: an aligned word-wrapped label gets its one-line size hint and
    // loses every line but the first. Its width is set in fitToViewport() instead.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(8);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_action, &QPushButton::clicked, this, &ViewStateOverlay::actionTriggered);
    viewport->installEventFilter(this);
    fitToViewport();
    hide();
}

void ViewStateOverlay::fitToViewport()
{
    setGeometry(parentWidget()->rect());
    // A readable measure: at most about 70 characters wide, never wider than the view.
    const int measure = fontMetrics().averageCharWidth() * 70;
    m_text->setFixedWidth(qMax(0, qMin(measure, width() - 48)));
}

void ViewStateOverlay::showMessage(const QString &title, const QString &text,
                                   const QString &actionText)
{
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleName(title);
    setAccessibleDescription(text);
    fitToViewport();
    show();
    raise();
}

void ViewStateOverlay::clear()
{
    hide();
}

QString ViewStateOverlay::title() const
{
    return isHidden() ? QString() : m_title->text();
}

QString ViewStateOverlay::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void ViewStateOverlay::moveEvent(QMoveEvent *event)
{
    QWidget::moveEvent(event);
    // Scrolling a view moves its viewport's children with the contents (QWidget::scroll); the
    // message belongs to the visible area, not to the columns.
    if (pos() != QPoint(0, 0))
        move(0, 0);
}

bool ViewStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        fitToViewport();
    return QWidget::eventFilter(watched, event);
}

} // namespace Gui
