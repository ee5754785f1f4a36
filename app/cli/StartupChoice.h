#pragma once

#include "channex/ConnectionProfile.h"

namespace Cli {

class CommandLine;

// Which account the window opens on, and with which key.
struct StartupChoice
{
    Channex::ConnectionProfile profile;
    QString apiKey;
};

// The rules, in order: --sandbox opens the sandbox; --api-url opens that server (as Staging or
// Production when it is one of them) with the key from CHANNEX_API_KEY; otherwise a key in the
// environment opens the last real profile used (Staging the first time); with no key configured
// the window opens on the sandbox, so a new user sees a working console.
StartupChoice chooseStartup(const CommandLine &commandLine, const QString &environmentKey,
                            const QString &savedProfileKey, const QUrl &savedCustomRoot);

} // namespace Cli
