#include "cli/StartupChoice.h"

#include "cli/CommandLine.h"

using Channex::ConnectionProfile;

namespace Cli {

namespace {

ConnectionProfile profileForRoot(const QUrl &root)
{
    ConnectionProfile profile;
    if (root == ConnectionProfile::stagingRoot()) {
        profile.kind = ConnectionProfile::Kind::Staging;
    } else if (root == ConnectionProfile::productionRoot()) {
        profile.kind = ConnectionProfile::Kind::Production;
    } else {
        profile.kind = ConnectionProfile::Kind::Custom;
        profile.customRoot = root;
    }
    return profile;
}

} // namespace

StartupChoice chooseStartup(const CommandLine &commandLine, const QString &environmentKey,
                            const QString &savedProfileKey, const QUrl &savedCustomRoot)
{
    StartupChoice choice;
    if (commandLine.sandbox())
        return choice;
    if (!commandLine.apiUrl().isEmpty()) {
        choice.profile = profileForRoot(commandLine.apiUrl());
        choice.apiKey = environmentKey;
        return choice;
    }
    if (environmentKey.isEmpty())
        return choice;

    choice.profile = ConnectionProfile::fromSettingsKey(savedProfileKey, savedCustomRoot);
    if (choice.profile.kind == ConnectionProfile::Kind::Sandbox
        || (choice.profile.kind == ConnectionProfile::Kind::Custom
            && choice.profile.customRoot.isEmpty())) {
        choice.profile = ConnectionProfile {ConnectionProfile::Kind::Staging, {}};
    }
    choice.apiKey = environmentKey;
    return choice;
}

} // namespace Cli
