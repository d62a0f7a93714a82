#include "common/commandline.h"
#include "sandbox/sandboxtenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("holdline-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A CXone-compatible tenant on loopback with simulated live traffic."));
    if (const auto exitCode = holdline::parseCommandLine(parser, QCoreApplication::arguments()))
        return *exitCode;

    holdline::sandbox::SandboxTenant tenant({});
    QObject::connect(&tenant, &holdline::sandbox::SandboxTenant::failed, &app, [](const QString &reason) {
        std::fprintf(stderr, "holdline-sandbox: %s\n", qPrintable(reason));
        QCoreApplication::exit(holdline::ExitFailure);
    });
    tenant.start();
    return QCoreApplication::exec();
}
