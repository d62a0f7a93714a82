#include "common/commandline.h"

#include <QCoreApplication>

#include <cstdio>

namespace holdline {

namespace {
void printTo(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fflush(stream);
}
} // namespace

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    if (!parser.parse(arguments)) {
        printTo(stderr, QCoreApplication::applicationName() + QLatin1String(": ") + parser.errorText()
                        + QLatin1String("\nTry '") + QCoreApplication::applicationName()
                        + QLatin1String(" --help' for the options.\n"));
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        printTo(stdout, parser.helpText());
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        printTo(stdout, QCoreApplication::applicationName() + QLatin1Char(' ')
                        + QCoreApplication::applicationVersion() + QLatin1Char('\n'));
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace holdline
