// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Captures are private: the data folder is the user's alone (0700), the database and its -wal
// and -shm files too (0600); a folder left open to others by an older version is tightened once,
// and said so. Exports the user writes keep the user's umask.
#include "app/capture/CaptureStore.h"
#include "app/handoff/ExportCaptures.h"
#include "tests/unit/capture/CaptureTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// The permission bits as `ls -l` counts them.
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

} // namespace

class TestCapturePrivacy final : public QObject
{
    Q_OBJECT

private slots:
    void newStoreIsPrivate()
    {
        QTemporaryDir home;
        const QString folder = home.filePath(u"data/console"_s);
        const QString path = Capture::CaptureStore::defaultPath(folder);
        Capture::CaptureStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(CaptureTest::store(store, CaptureTest::post("{}")) > 0);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(path + u"-wal"_s), 0600);
        QCOMPARE(modeOf(path + u"-shm"_s), 0600);
        QVERIFY(store.openNotice().isEmpty()); // nothing to say about a new store
    }

    void openFilesAreTightenedOnceAndSaidSo()
    {
        QTemporaryDir home;
        const QString folder = home.filePath(u"console"_s);
        const QString path = Capture::CaptureStore::defaultPath(folder);
        {
            Capture::CaptureStore store;
            QVERIFY(store.open(path));
            QVERIFY(CaptureTest::store(store, CaptureTest::post("{}")) > 0);
        }
        // As an older version left them: readable by every local account.
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        {
            Capture::CaptureStore store;
            QVERIFY(store.open(path));
            QVERIFY2(store.openNotice().contains(QDir::toNativeSeparators(folder)),
                     qPrintable(store.openNotice()));
            QCOMPARE(modeOf(folder), 0700);
            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(store.count(), qint64(1)); // nothing lost
        }
        Capture::CaptureStore again;
        QVERIFY(again.open(path));
        QVERIFY(again.openNotice().isEmpty()); // said once
    }

    // An export is the user's own file, where the user chose: it keeps the umask.
    void exportsKeepTheUmask()
    {
        QTemporaryDir home;
        const QString path = Capture::CaptureStore::defaultPath(home.filePath(u"console"_s));
        Capture::CaptureStore store;
        QVERIFY(store.open(path));
        QVERIFY(CaptureTest::store(store, CaptureTest::post("{}")) > 0);
        const mode_t mask = ::umask(022);
        const QString exported = home.filePath(u"export.jsonl"_s);
        // As the export dialog and --export-captures write it: a QSaveFile, committed whole.
        QSaveFile file(exported);
        QString error;
        const bool written = file.open(QIODevice::WriteOnly)
            && Handoff::exportCaptures(store, Capture::CaptureFilter(), Handoff::Format::JsonLines,
                                       {}, file, &error)
            && file.commit();
        ::umask(mask);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(modeOf(exported), 0644);
    }
};

QTEST_GUILESS_MAIN(TestCapturePrivacy)
#include "test_capture_privacy.moc"
