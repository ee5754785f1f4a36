// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application's SVG icon with Qt's own SVG renderer (the one that
// draws it in the window), so the packages need no other image tool.
//   wc_render_icon ICON.svg OUT.png SIZE          one square PNG
//   wc_render_icon ICON.svg OUT.ico SIZE...       a Windows icon holding every size (PNG entries)
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void appendLE16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

void appendLE32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

// ICONDIR, one ICONDIRENTRY per size, then the PNG images (allowed since Windows Vista).
QByteArray icoFile(const QList<QPair<int, QByteArray>> &images)
{
    QByteArray out;
    appendLE16(out, 0); // reserved
    appendLE16(out, 1); // type: icon
    appendLE16(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto &[size, png] : images) {
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        appendLE16(out, 1); // colour planes
        appendLE16(out, 32); // bits per pixel
        appendLE32(out, quint32(png.size()));
        appendLE32(out, offset);
        offset += quint32(png.size());
    }
    for (const auto &image : images)
        out.append(image.second);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // a build machine may have no display
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: wc_render_icon ICON.svg OUT.png|OUT.ico SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "wc_render_icon: %s is not a valid SVG file\n",
                     qPrintable(args.at(1)));
        return 1;
    }
    QList<QPair<int, QByteArray>> images;
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            std::fprintf(stderr, "wc_render_icon: bad size %s\n", qPrintable(args.at(i)));
            return 2;
        }
        images.append({size, renderPng(renderer, size)});
    }
    const QString output = args.at(2);
    const QByteArray data
        = output.endsWith(QLatin1String(".ico")) ? icoFile(images) : images.constFirst().second;
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        std::fprintf(stderr, "wc_render_icon: cannot write %s\n", qPrintable(output));
        return 1;
    }
    return 0;
}
