// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Error, warning and success texts stay readable on the system's palette, light or dark: the
// console follows the system theme, so a fixed dark red would vanish on a dark window.
#include "ui/common/StatusColours.h"

#include <QLabel>
#include <QTest>

using Gui::Tone;

namespace {

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette paletteWithWindow(const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

} // namespace

class TestStatusColours final : public QObject
{
    Q_OBJECT

private slots:
    void readableOnLightAndDark_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << paletteWithWindow(QColor(0xef, 0xef, 0xef), Qt::black);
        QTest::newRow("dark") << paletteWithWindow(QColor(0x2b, 0x2b, 0x2b), Qt::white);
    }

    void readableOnLightAndDark()
    {
        QFETCH(QPalette, palette);
        const QColor window = palette.color(QPalette::Window);
        for (const Tone tone : {Tone::Error, Tone::Warning, Tone::Success}) {
            const double ratio = contrast(Gui::toneColour(tone, palette), window);
            // WCAG AA for normal text.
            QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        }
        QCOMPARE(Gui::toneColour(Tone::Normal, palette), palette.color(QPalette::WindowText));
    }

    void widgetsTakeTheToneOnTheirParentsPalette()
    {
        QWidget parent;
        parent.setPalette(paletteWithWindow(QColor(0x2b, 0x2b, 0x2b), Qt::white));
        QLabel label(&parent);
        Gui::setTone(&label, Tone::Error);
        QCOMPARE(label.palette().color(QPalette::WindowText),
                 Gui::toneColour(Tone::Error, parent.palette()));
        Gui::setTone(&label, Tone::Normal);
        QCOMPARE(label.palette().color(QPalette::WindowText), QColor(Qt::white));
    }
};

QTEST_MAIN(TestStatusColours)
#include "test_status_colours.moc"
