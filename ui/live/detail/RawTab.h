// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;

namespace Gui {

class HexDumpModel;

// The Raw tab: the request exactly as received. As text when it is UTF-8 without control
// characters other than CR, LF and TAB, else (or on "Show as hex") as a hex dump made row by
// row. Above TextLimit only the hex dump is offered: a multi-megabyte line in a text editor
// would stall the window.
class RawTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawTab)

public:
    static constexpr qsizetype TextLimit = 1024 * 1024;

    explicit RawTab(QWidget *parent = nullptr);

    void showBytes(const QByteArray &bytes);
    void clear();

    bool isHexShown() const;
    bool canShowText() const { return m_isText; }
    void setHexShown(bool hex);
    HexDumpModel *hexModel() const { return m_hexModel; }
    QString text() const;
    QString note() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void copyHexRows();
    void updateWidgets();
    // Fills the text view once per capture, when it is seen or read (text()).
    void loadText() const;
    void retranslate();

    QByteArray m_bytes;
    bool m_isText = false;
    mutable bool m_textLoaded = false;
    QLabel *m_note;
    QCheckBox *m_hexToggle;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_text;
    QTableView *m_hex;
    HexDumpModel *m_hexModel;
    QAction *m_copyRows;
};

} // namespace Gui
