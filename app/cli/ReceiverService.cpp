// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ReceiverService.h"

#include "app/capture/CaptureStore.h"
#include "app/cli/CommandLine.h"
#include "app/cli/DataFolderStore.h"
#include "app/receiver/LiveReceiver.h"
#include "app/receiver/ReceiverController.h"
#include "app/receiver/rules/RulesFile.h"
#include "app/session/DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace Cli {

int runReceiverService(const ReceiverServiceOptions &options, QTextStream &out, QTextStream &err)
{
    const quint16 port = options.port;
    const QByteArray &secretHeader = options.secretHeader;
    if (!secretHeader.isEmpty() && options.secretFromEnvironment.isEmpty()) {
        err << CommandLine::tr("--secret-header %1 needs the expected value in the %2 "
                               "environment variable.")
                   .arg(QString::fromLatin1(secretHeader),
                        QLatin1StringView(ReceiverSecretVariable))
            << Qt::endl;
        return 2;
    }

    QList<Receiver::ResponseRule> rules;
    if (!options.rulesPath.isEmpty()) {
        QString error;
        const auto loaded = Receiver::RulesFile::load(options.rulesPath, &error);
        if (!loaded) {
            err << error << Qt::endl;
            return 2;
        }
        rules = *loaded;
    }

    Capture::CaptureStore store;
    if (!openDataFolderStore(store, options.store, err))
        return 1;

    // The same service the window's Live tab drives, with the command line's options and
    // nothing kept in the settings.
    Receiver::ReceiverController receiver(&store);
    receiver.setPort(port);
    receiver.setSecretHeaderName(QString::fromLatin1(secretHeader));
    receiver.setSecretValue(options.secretFromEnvironment);
    receiver.setRules(rules);
    if (!options.forwardUrl.isEmpty()) {
        QString error;
        if (!receiver.setForwarding(true, options.forwardUrl, options.forwardTimeout, &error)) {
            err << CommandLine::tr("--forward: %1").arg(error) << Qt::endl;
            return 2;
        }
    }
    if (!receiver.start()) {
        err << CommandLine::tr("Could not start the receiver on 127.0.0.1:%1: %2")
                   .arg(port)
                   .arg(receiver.receiver()->errorString())
            << Qt::endl;
        return 1;
    }

    out << CommandLine::tr("Webhook Console receiver: every request is stored before it is "
                           "answered.")
        << Qt::endl
        << CommandLine::tr("URL:      %1").arg(receiver.localUrl().toString()) << Qt::endl
        << CommandLine::tr("Database: %1").arg(store.displayName()) << Qt::endl;
    if (!secretHeader.isEmpty())
        out << CommandLine::tr("Secret:   requests without the right %1 header are answered 401 "
                               "(the value is from %2)")
                   .arg(QString::fromLatin1(secretHeader),
                        QLatin1StringView(ReceiverSecretVariable))
            << Qt::endl;
    if (!rules.isEmpty())
        out << CommandLine::tr("Rules:    %n response rule(s) from %1, the first that matches "
                               "answers",
                               nullptr, int(rules.size()))
                   .arg(QDir::toNativeSeparators(options.rulesPath))
            << Qt::endl;
    if (receiver.isForwarding())
        out << CommandLine::tr("Forward:  every other request is sent on to %1 and answered "
                               "with its answer")
                   .arg(receiver.forwardUrl().toDisplayString())
            << Qt::endl;
    out << CommandLine::tr("Press Ctrl+C to stop.") << Qt::endl;
    // Said once when writing starts to fail (a full disk, a lock held by another program) and
    // once when it works again, not for every request answered 503 in between.
    QObject::connect(&store, &Capture::CaptureStore::writeFailed, &store,
                     [&err](const QString &error) {
                         err << CommandLine::tr("Not storing: %1 Requests are answered 503 until "
                                                "the database can be written again.")
                                    .arg(error)
                             << Qt::endl;
                     });
    QObject::connect(&store, &Capture::CaptureStore::writeRecovered, &store, [&err] {
        err << CommandLine::tr("Storing again: every request is stored before it is answered.")
            << Qt::endl;
    });
    // The receiver is stopped before the store (declared after it), so every answered request
    // was committed; what is queued in the store is written by its destructor.
    return QCoreApplication::exec();
}

} // namespace Cli
