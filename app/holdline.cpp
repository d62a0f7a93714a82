#include "common/commandline.h"
#include "common/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // In the system locale's language from the first text on, --help included.
    holdline::installTranslations();
    QApplication::setApplicationName(QStringLiteral("holdline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Holdline"));
    QApplication::setApplicationVersion(QStringLiteral(HOLDLINE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Holdline"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Tune the wait strategies of NICE CXone queues, safely."));
    if (const auto exitCode = holdline::parseCommandLine(parser, QApplication::arguments()))
        return *exitCode;

    holdline::ui::MainWindow window;
    window.show();
    // Opens the last connection, or the built-in sandbox tenant at first launch.
    window.start();
    return QApplication::exec();
}
