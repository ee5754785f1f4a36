// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sandbox/SandboxTools.h"

#include "app/channex/AccountSession.h"
#include "app/channex/WebhookCollection.h"
#include "ui/common/ToolBarButtons.h"
#include "ui/sandbox/DeliveriesPanel.h"
#include "ui/sandbox/FireEventDialog.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>
#include <QToolBar>

namespace Gui {

SandboxTools::SandboxTools(Sandbox::SandboxServer *sandbox, QWidget *window)
    : QObject(window), m_sandbox(sandbox), m_window(window), m_fireAction(new QAction(this)),
      m_showDeliveriesAction(new QAction(this))
{
    m_fireAction->setObjectName(QStringLiteral("fireEventAction"));
    m_fireAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_showDeliveriesAction->setObjectName(QStringLiteral("showDeliveriesAction"));
    connect(m_fireAction, &QAction::triggered, this, &SandboxTools::openFireDialog);
    connect(m_showDeliveriesAction, &QAction::triggered, this, &SandboxTools::showDeliveries);
}

SandboxTools::~SandboxTools() = default;

void SandboxTools::install(QTabWidget *tabs, QMenu *webhookMenu, QToolBar *toolBar)
{
    m_tabs = tabs;
    m_webhookMenu = webhookMenu;
    // In the Webhook menu rather than a menu of their own: no Alt letter of "Sandbox" is free in
    // every language the window speaks.
    m_menuSeparator = webhookMenu->addSeparator();
    m_menuSeparator->setObjectName(QStringLiteral("sandboxMenuSeparator"));
    webhookMenu->addAction(m_fireAction);
    webhookMenu->addAction(m_showDeliveriesAction);
    toolBar->addSeparator()->setObjectName(QStringLiteral("fireEventSeparator"));
    addToolBarAction(toolBar, m_fireAction);
    retranslate();
    setSession(nullptr);
}

void SandboxTools::makeDeliveriesPanel()
{
    m_panel = new DeliveriesPanel(m_sandbox, m_tabs);
    m_tabs->addTab(m_panel, QString());
    // Clear Deliveries follows Show Deliveries, whatever the menu gained since.
    const QList<QAction *> actions = m_webhookMenu->actions();
    const qsizetype next = actions.indexOf(m_showDeliveriesAction) + 1;
    m_webhookMenu->insertAction(actions.value(next), m_panel->clearAction());
    retranslate();
}

void SandboxTools::retranslate()
{
    m_fireAction->setText(tr("&Fire Event…"));
    m_fireAction->setToolTip(tr("Play Channex: send an event to the sandbox's webhooks (%1)")
                                 .arg(m_fireAction->shortcut().toString(QKeySequence::NativeText)));
    m_showDeliveriesAction->setText(tr("Sh&ow Deliveries"));
    if (m_tabs && m_panel) {
        const int index = m_tabs->indexOf(m_panel);
        m_tabs->setTabText(index, tr("Deliveries"));
        m_tabs->setTabToolTip(index, tr("Every attempt the sandbox made to deliver a fired event"));
    }
}

void SandboxTools::setSession(Channex::AccountSession *session)
{
    m_session = session;
    const bool shown = session != nullptr;
    if (shown && !m_panel && m_tabs)
        makeDeliveriesPanel();
    if (m_tabs && m_panel)
        m_tabs->setTabVisible(m_tabs->indexOf(m_panel), shown);
    if (m_menuSeparator)
        m_menuSeparator->setVisible(shown);
    m_fireAction->setVisible(shown);
    m_showDeliveriesAction->setVisible(shown);
    m_fireAction->setEnabled(shown);
    m_showDeliveriesAction->setEnabled(shown);
    if (m_panel) {
        m_panel->setSession(session);
        if (session) {
            const auto urls = [this] {
                m_panel->setSession(m_session);
            };
            connect(session->collection(), &Channex::WebhookCollection::rowsInserted, m_panel,
                    urls);
            connect(session->collection(), &Channex::WebhookCollection::rowChanged, m_panel, urls);
        }
    }
    if (!shown && m_dialog)
        m_dialog->close();
}

FireEventDialog *SandboxTools::fireDialog() const
{
    return m_dialog;
}

void SandboxTools::openFireDialog()
{
    if (!m_session)
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new FireEventDialog(m_sandbox, m_session, m_window);
    m_dialog->show();
}

void SandboxTools::showDeliveries()
{
    if (m_tabs && m_panel && m_session)
        m_tabs->setCurrentWidget(m_panel);
}

} // namespace Gui
