// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up benchmark's baseline (bench_startup.sh): the least a Qt Widgets program does to
// show a window like the console's, a QMainWindow holding a QTableView, with no data.
#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare Window"));
    QStandardItemModel model(0, 6);
    auto *table = new QTableView(&window);
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1100, 700);
    window.show();
    return app.exec();
}
