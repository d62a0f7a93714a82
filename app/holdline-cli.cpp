// holdline-cli: a thin main() over cli::CliApp. Each command starts from the
// event loop and ends with its exit code (see the README's exit codes).
#include "cli/cliapp.h"
#include "cli/output.h"
#include "common/translations.h"
#include "common/version.h"
#include "cli/standaloneprediction.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // In the system locale's language from the first text on, --help included.
    holdline::installTranslations();
    QCoreApplication::setApplicationName(QStringLiteral("holdline-cli"));
    QCoreApplication::setApplicationVersion(holdline::version());
    QCoreApplication::setOrganizationName(QStringLiteral("Holdline"));

    // The commands say what happens; the libraries' info logs would only
    // clutter stderr (QT_LOGGING_RULES still turns them back on).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("holdline.*.info=false"));
    holdline::cli::neutralizeLogMessages();

    // `predict --arrivals-per-hour ...` is Erlang A on the figures given: no tenant.
    if (const auto exitCode = holdline::cli::StandalonePrediction::runStandalone(QCoreApplication::arguments()))
        return *exitCode;

    auto parsed = holdline::cli::parseInvocation(QCoreApplication::arguments());
    if (!parsed.invocation)
        return parsed.exitCode;

    holdline::cli::CliApp cli(*parsed.invocation);
    QObject::connect(&cli, &holdline::cli::CliApp::finished, &app, [](int exitCode) {
        QCoreApplication::exit(exitCode);
    });
    cli.start();
    return QCoreApplication::exec();
}
