#include "ui/common/RevealToggle.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

namespace Gui {

namespace {
struct RevealToggle
{
    Q_DECLARE_TR_FUNCTIONS(Gui::RevealToggle)
};
} // namespace

void addRevealToggle(QLineEdit *edit)
{
    auto *reveal
        = edit->addAction(QIcon(QStringLiteral(":/icons/eye.svg")), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealApiKeyAction"));
    reveal->setCheckable(true);
    reveal->setToolTip(RevealToggle::tr("Show the API key"));
    // QLineEdit makes a tool button for the action; name it for tests and screen readers.
    QToolButton *button = nullptr;
    for (QToolButton *candidate : edit->findChildren<QToolButton *>()) {
        if (candidate->defaultAction() == reveal)
            button = candidate;
    }
    if (button) {
        button->setObjectName(QStringLiteral("revealApiKeyButton"));
        button->setAccessibleName(RevealToggle::tr("Show API key"));
    }
    QObject::connect(reveal, &QAction::toggled, edit, [edit, reveal, button](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        if (button)
            button->setAccessibleName(shown ? RevealToggle::tr("Hide API key")
                                            : RevealToggle::tr("Show API key"));
        reveal->setToolTip(shown ? RevealToggle::tr("Hide the API key")
                                 : RevealToggle::tr("Show the API key"));
    });
}

} // namespace Gui
