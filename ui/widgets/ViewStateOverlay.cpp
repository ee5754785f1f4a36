#include "widgets/ViewStateOverlay.h"

#include <QEvent>
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
    m_text->setMaximumWidth(560);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_action, &QPushButton::clicked, this, &ViewStateOverlay::actionTriggered);
    viewport->installEventFilter(this);
    setGeometry(viewport->rect());
    hide();
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
    setGeometry(parentWidget()->rect());
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

bool ViewStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace Gui
