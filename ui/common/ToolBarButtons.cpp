// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ToolBarButtons.h"

#include <QAction>
#include <QPointer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Gui {

QWidget *addToolBarAction(QToolBar *toolBar, QAction *action)
{
    toolBar->addAction(action);
    QWidget *button = toolBar->widgetForAction(action);
    QString name = action->objectName();
    if (name.endsWith(u"Action"_s))
        name.chop(6);
    button->setObjectName(name + u"Button"_s);
    const auto nameButton = [action, button = QPointer<QWidget>(button)] {
        if (button)
            button->setAccessibleName(action->text().remove(u'&').remove(u'…'));
    };
    nameButton();
    QObject::connect(action, &QAction::changed, button, nameButton);
    return button;
}

} // namespace Gui
