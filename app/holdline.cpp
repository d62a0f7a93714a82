#include "common/commandline.h"
#include "common/translations.h"
#include "common/version.h"
#include "storage/databaselocation.h"
#include "ui/connection/sessioncontroller.h"
#include "ui/contraststyle.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <optional>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // In the system locale's language from the first text on, --help included.
    holdline::installTranslations();
    QApplication::setApplicationName(QStringLiteral("holdline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Holdline"));
    QApplication::setApplicationVersion(holdline::version());
    QApplication::setOrganizationName(QStringLiteral("Holdline"));
    // Desktop shells match the window to the installed desktop entry by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral(HOLDLINE_APP_ID));
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/" HOLDLINE_APP_ID ".png").arg(size));
    QApplication::setWindowIcon(icon);
    holdline::ui::ContrastStyle::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Tune the wait strategies of NICE CXone queues, safely."));
    const QCommandLineOption historyDb(
        QStringLiteral("history-db"),
        QApplication::translate("main", "The history: a database file, or a team's PostgreSQL database "
                                        "(postgresql://USER@HOST/DB?sslmode=verify-full; a password given in it goes to "
                                        "the keychain)."),
        QStringLiteral("PATH|URL"));
    parser.addOption(historyDb);
    if (const auto exitCode = holdline::parseCommandLine(parser, QApplication::arguments()))
        return *exitCode;
    std::optional<holdline::storage::DatabaseLocation> history;
    if (parser.isSet(historyDb)) {
        // Refused before a window opens; the message never repeats the URL's password.
        QString error;
        history = holdline::storage::DatabaseLocation::parse(parser.value(historyDb), &error);
        if (history && error.isEmpty())
            error = history->refusal();
        if (!error.isEmpty()) {
            std::fprintf(stderr, "holdline: --history-db: %s\n", qPrintable(error));
            return 2;
        }
    }

    holdline::ui::MainWindow window;
    if (history)
        window.sessions()->setHistoryDatabase(history->isPostgreSql() ? history->text() : history->path,
                                              history->password);
    window.show();
    // Opens the last connection, or the built-in sandbox tenant at first launch.
    window.start();
    return QApplication::exec();
}
