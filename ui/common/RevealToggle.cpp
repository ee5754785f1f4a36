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
    RevealToggle(QLineEdit *edit, QAction *action, QToolButton *button)
        : QObject(edit), m_action(action), m_button(button)
    {
        edit->installEventFilter(this);
        retranslate();
    }

    void retranslate()
    {
        const bool shown = m_action->isChecked();
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
};

} // namespace

void addRevealToggle(QLineEdit *edit)
{
    auto *reveal
        = edit->addAction(QIcon(QStringLiteral(":/icons/eye.svg")), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealApiKeyAction"));
    reveal->setCheckable(true);
    // QLineEdit makes a tool button for the action; name it for tests and screen readers.
    QToolButton *button = nullptr;
    for (QToolButton *candidate : edit->findChildren<QToolButton *>()) {
        if (candidate->defaultAction() == reveal)
            button = candidate;
    }
    if (button)
        button->setObjectName(QStringLiteral("revealApiKeyButton"));
    auto *texts = new RevealToggle(edit, reveal, button);
    QObject::connect(reveal, &QAction::toggled, edit, [edit, texts](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        texts->retranslate();
    });
}

} // namespace Gui
