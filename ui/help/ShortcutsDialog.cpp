// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/ShortcutsDialog.h"

#include "app/session/SettingsKeys.h"
#include "ui/common/RememberedGeometry.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gui {

namespace {

QString plainText(QString text)
{
    // "&New Webhook…" → "New Webhook"; a literal "&&" stays one "&".
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x01), QLatin1Char('&'));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent), m_menus(menus), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 480);
    rememberGeometry(this, Session::SettingsKeys::ShortcutsDialogGeometry);
    fill();
}

void ShortcutsDialog::fill()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->clear();
    const auto addSection = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_list, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
    };
    for (const QAction *menuAction : m_menus->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        bool titled = false;
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator() || action->shortcuts().isEmpty())
                continue;
            if (!titled) {
                addSection(plainText(menu->title()));
                titled = true;
            }
            new QTreeWidgetItem(m_list, {plainText(action->text()), keysText(action->shortcuts())});
        }
    }
    addSection(tr("In fields and dialogs"));
    // Key names from QKeySequence, so that Qt's own translations name them ("Échap", "Leertaste").
    const auto key = [](QKeyCombination keys) {
        return QKeySequence(keys).toString(QKeySequence::NativeText);
    };
    const QList<QPair<QString, QString>> local {
        {tr("Clear the filter (in the filter field)"), key(Qt::Key_Escape)},
        {tr("Move to the next field, leaving the table"), key(Qt::Key_Tab)},
        {tr("Tick or clear Active (on the Active cell)"), key(Qt::Key_Space)},
        {tr("Save the webhook (in its dialog)"), key(Qt::CTRL | Qt::Key_Return)},
        {tr("Close a dialog, asking first when something changed"), key(Qt::Key_Escape)},
    };
    for (const auto &[command, keys] : local)
        new QTreeWidgetItem(m_list, {command, keys});
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    // Queued: the list copies the main window's menu texts, which may be retranslated after us.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &ShortcutsDialog::fill, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

} // namespace Gui
