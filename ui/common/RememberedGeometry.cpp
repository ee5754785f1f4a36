#include "ui/common/RememberedGeometry.h"

#include <QDialog>
#include <QSettings>
#include <QSplitter>

namespace Gui {

void rememberGeometry(QDialog *dialog, const QString &key)
{
    const QString settingsKey = key + QStringLiteral("/geometry");
    dialog->restoreGeometry(QSettings().value(settingsKey).toByteArray());
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, settingsKey] {
        QSettings().setValue(settingsKey, dialog->saveGeometry());
    });
}

void rememberSplitter(QSplitter *splitter, const QString &key)
{
    const QString settingsKey = key + QStringLiteral("/splitter");
    splitter->restoreState(QSettings().value(settingsKey).toByteArray());
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, settingsKey] {
        QSettings().setValue(settingsKey, splitter->saveState());
    });
}

} // namespace Gui
