// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/RevealToggle.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QToolButton>

namespace Gui {

namespace {

// Owned by the line edit: gives the toggle the texts of its state, again on LanguageChange.
class RevealToggle final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(Gui::RevealToggle)
    Q_DISABLE_COPY_MOVE(RevealToggle)

public:
    RevealToggle(QLineEdit *edit, QAction *action, QToolButton *button, RevealSubject subject)
        : QObject(edit), m_action(action), m_button(button), m_subject(subject)
    {
        edit->installEventFilter(this);
        retranslate();
    }

    void retranslate()
    {
        const bool shown = m_action->isChecked();
        if (m_subject == RevealSubject::Secret) {
            if (m_button)
                m_button->setAccessibleName(shown ? tr("Hide secret value")
                                                  : tr("Show secret value"));
            m_action->setToolTip(shown ? tr("Hide the secret value") : tr("Show the secret value"));
            return;
        }
        if (m_button)
            m_button->setAccessibleName(shown ? tr("Hide API key") : tr("Show API key"));
        m_action->setToolTip(shown ? tr("Hide the API key") : tr("Show the API key"));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    QAction *m_action;
    QToolButton *m_button;
    RevealSubject m_subject;
};

} // namespace

void addRevealToggle(QLineEdit *edit, RevealSubject subject)
{
    auto *reveal
        = edit->addAction(QIcon(QStringLiteral(":/icons/eye.svg")), QLineEdit::TrailingPosition);
    const bool secret = subject == RevealSubject::Secret;
    reveal->setObjectName(secret ? QStringLiteral("revealSecretAction")
                                 : QStringLiteral("revealApiKeyAction"));
    reveal->setCheckable(true);
    // QLineEdit makes a tool button for the action; name it for tests and screen readers.
    QToolButton *button = nullptr;
    for (QToolButton *candidate : edit->findChildren<QToolButton *>()) {
        if (candidate->defaultAction() == reveal)
            button = candidate;
    }
    if (button)
        button->setObjectName(secret ? QStringLiteral("revealSecretButton")
                                     : QStringLiteral("revealApiKeyButton"));
    auto *texts = new RevealToggle(edit, reveal, button, subject);
    QObject::connect(reveal, &QAction::toggled, edit, [edit, texts](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        texts->retranslate();
    });
}

} // namespace Gui
