#include "common/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("holdline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDLINE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Holdline"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Inspect, plan, deploy and roll back CXone queue wait strategies."));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "The command to run."));
    if (const auto exitCode = holdline::parseCommandLine(parser, QCoreApplication::arguments()))
        return *exitCode;

    std::fputs("holdline-cli: no commands yet; they arrive with the deployment engine.\n", stderr);
    return holdline::ExitUsage;
}
