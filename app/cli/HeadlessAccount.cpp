// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/HeadlessAccount.h"

#include "app/channex/AccountSession.h"
#include "app/cli/CommandLine.h"
#include "app/sandbox/SandboxServer.h"

#include <QEventLoop>
#include <QTextStream>

namespace Cli {

HeadlessAccount::HeadlessAccount(const AccountOptions &options) : m_options(options) { }

HeadlessAccount::~HeadlessAccount()
{
    // The session's calls end before the sandbox they talk to.
    m_session.reset();
    m_sandbox.reset();
}

QUrl HeadlessAccount::serverRoot() const
{
    return m_sandbox ? m_sandbox->rootUrl() : m_options.apiUrl;
}

QString HeadlessAccount::serverName() const
{
    return m_sandbox ? CommandLine::tr("the built-in sandbox (%1)").arg(serverRoot().toString())
                     : serverRoot().toString();
}

int HeadlessAccount::load(QTextStream &err, bool needTitles)
{
    QString key = m_options.apiKey;
    if (m_options.sandbox) {
        m_sandbox = std::make_unique<Sandbox::SandboxServer>();
        if (!m_sandbox->start()) {
            err << CommandLine::tr("Could not start the built-in sandbox: %1")
                       .arg(m_sandbox->errorString())
                << Qt::endl;
            return ExitAccountUnreadable;
        }
        key = m_sandbox->apiKey();
    } else if (key.isEmpty()) {
        err << CommandLine::tr("Set the API key of %1 in the CHANNEX_API_KEY environment "
                               "variable; it is never taken from the command line.")
                   .arg(serverRoot().toString())
            << Qt::endl;
        return ExitUsage;
    }

    m_session = std::make_unique<Channex::AccountSession>(serverRoot(), key);
    QEventLoop loop;
    QObject::connect(m_session.get(), &Channex::AccountSession::stateChanged, &loop,
                     [&loop](Channex::AccountSession::State state) {
                         if (state != Channex::AccountSession::State::Loading)
                             loop.quit();
                     });
    m_session->refresh();
    if (m_session->state() == Channex::AccountSession::State::Loading)
        loop.exec();

    if (m_session->state() != Channex::AccountSession::State::Loaded) {
        err << CommandLine::tr("Could not read the webhooks of %1: %2")
                   .arg(serverName(), m_session->lastError().message())
            << Qt::endl;
        return ExitAccountUnreadable;
    }
    if (const auto &namesError = m_session->propertyNamesError(); namesError && needTitles) {
        err << CommandLine::tr("Could not read the property names of %1, which webhook files "
                               "match properties by: %2")
                   .arg(serverName(), namesError->message())
            << Qt::endl;
        return ExitAccountUnreadable;
    }
    return ExitOk;
}

} // namespace Cli
