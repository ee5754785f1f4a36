// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace Gui {

namespace {

std::optional<QString> &nextFileName()
{
    static std::optional<QString> name;
    return name;
}

std::optional<QString> takeNextFileName()
{
    return std::exchange(nextFileName(), std::nullopt);
}

} // namespace

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption,
                                    const QString &directory, const QString &filter)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption,
                                    const QString &directory, const QString &filter)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName() = fileName;
}

} // namespace Gui
