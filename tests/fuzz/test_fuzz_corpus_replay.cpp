// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureStore.h"
#include "tests/fuzz/FuzzEntries.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &relative)
{
    return QStringLiteral(WC_TEST_DATA_DIR) + u'/' + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// One row per file of tests/data/fuzz/<target>/: the crash reproducers and inputs the fuzzers
// found worth keeping. An empty folder would make the test pass vacuously, so it fails instead.
void addKeptInputs(const QString &target)
{
    const QDir dir(dataPath(u"fuzz/"_s + target));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(u"no inputs in "_s + dir.path()));
    for (const QString &name : names) {
        QTest::addRow("%s/%s", qPrintable(target), qPrintable(name))
            << readFile(dir.filePath(name));
    }
}

} // namespace

// Replays kept fuzzer inputs and the fuzzers' seed corpora through the same entry functions the
// fuzzers call (FuzzEntries.h), in the ordinary build, so a fixed crash stays fixed.
class TestFuzzCorpusReplay final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_storeFolder;
    Capture::CaptureStore m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_storeFolder.isValid());
        QVERIFY2(m_store.open(m_storeFolder.filePath(u"fuzz.sqlite"_s)),
                 qPrintable(m_store.errorString()));
    }

    void requestParser_data()
    {
        QTest::addColumn<QByteArray>("input");
        addKeptInputs(u"request_parser"_s);
        // Seeds: the parser fixtures, each with a few split points (the entry's first byte).
        const QDir http(dataPath(u"http"_s));
        for (const QString &name : http.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QByteArray raw = readFile(http.filePath(name + u"/request.raw"_s));
            for (const char split : {'\x00', '\x07', '\x40', '\xff'}) {
                QTest::addRow("http/%s split %d", qPrintable(name), int(quint8(split)))
                    << QByteArray(QByteArray(1, split) + raw);
            }
        }
    }

    void requestParser()
    {
        QFETCH(QByteArray, input);
        const QString failure = Fuzz::requestParserEntry(input);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    // The same seeds through parse-and-capture, plus its own kept inputs.
    void parseAndCapture_data()
    {
        QTest::addColumn<QByteArray>("input");
        addKeptInputs(u"parse_and_capture"_s);
        const QDir http(dataPath(u"http"_s));
        for (const QString &name : http.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::addRow("http/%s", qPrintable(name))
                << readFile(http.filePath(name + u"/request.raw"_s));
        const QDir kept(dataPath(u"fuzz/request_parser"_s));
        for (const QString &name : kept.entryList(QDir::Files, QDir::Name))
            QTest::addRow("request_parser/%s", qPrintable(name))
                << readFile(kept.filePath(name)).mid(1); // without the split byte
    }

    void parseAndCapture()
    {
        QFETCH(QByteArray, input);
        const QString failure = Fuzz::parseAndCaptureEntry(input, m_store);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void jsonApiCodec_data()
    {
        QTest::addColumn<QByteArray>("input");
        addKeptInputs(u"jsonapi_codec"_s);
        const QDir channex(dataPath(u"channex"_s));
        for (const QString &name : channex.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            QTest::addRow("channex/%s", qPrintable(name)) << readFile(channex.filePath(name));
    }

    void jsonApiCodec()
    {
        QFETCH(QByteArray, input);
        const QString failure = Fuzz::jsonApiCodecEntry(input);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpusReplay)
#include "test_fuzz_corpus_replay.moc"
