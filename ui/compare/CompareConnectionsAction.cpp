// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareConnectionsAction.h"

#include "app/session/ConnectionStore.h"
#include "app/session/ConsoleController.h"
#include "app/session/SettingsKeys.h"
#include "ui/compare/CompareConnectionsDialog.h"

#include <QAction>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;
namespace SettingsKeys = Session::SettingsKeys;

namespace Gui {

CompareConnectionsAction::CompareConnectionsAction(Session::ConsoleController *controller,
                                                   QWidget *window)
    : QObject(window), m_controller(controller), m_window(window), m_action(new QAction(this))
{
    m_action->setObjectName(u"compareConnectionsAction"_s);
    connect(m_action, &QAction::triggered, this, &CompareConnectionsAction::open);
    retranslate();
}

void CompareConnectionsAction::retranslate()
{
    m_action->setText(tr("Co&mpare Connections…"));
    m_action->setToolTip(tr("Two connections side by side, such as staging and production: "
                            "which webhooks only one has, which differ and how, and copying "
                            "them across"));
}

CompareConnectionsDialog *CompareConnectionsAction::dialog() const
{
    return m_dialog;
}

void CompareConnectionsAction::open()
{
    if (m_dialog) {
        m_dialog->reload();
        m_dialog->show();
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new CompareConnectionsDialog(m_controller, m_window);
    const Session::ConnectionStore *store = m_controller->connections();
    const QSettings settings;
    QString left = settings.value(SettingsKeys::CompareLeftConnection).toString();
    QString right = settings.value(SettingsKeys::CompareRightConnection).toString();
    if (!store->find(left) || !store->find(right) || left == right) {
        left = m_controller->currentConnection().id;
        right = left;
        for (const Session::SavedConnection &connection : store->connections()) {
            if (connection.id != left) {
                right = connection.id;
                break;
            }
        }
    }
    m_dialog->chooseConnections(left, right);
    m_dialog->show();
}

} // namespace Gui
