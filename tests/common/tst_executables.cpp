// Each of the three executables answers --help and --version, and rejects an
// unknown option with exit code 2 and a message that names it.
#include "common/commandline.h"
#include "common/version.h"

#include <QProcess>
#include <QtTest>

class TestExecutables : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

private slots:
    void options_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("gui") << QStringLiteral(HOLDLINE_GUI_PATH) << QStringLiteral("holdline");
        QTest::newRow("cli") << QStringLiteral(HOLDLINE_CLI_PATH) << QStringLiteral("holdline-cli");
        QTest::newRow("sandbox") << QStringLiteral(HOLDLINE_SANDBOX_PATH) << QStringLiteral("holdline-sandbox");
    }

    void options()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);

        const Run help = run(program, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, int(holdline::ExitOk));
        QVERIFY2(help.out.contains(QLatin1String("--version")), qPrintable(help.out));

        const Run version = run(program, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, int(holdline::ExitOk));
        QCOMPARE(version.out.trimmed(), name + QLatin1Char(' ') + holdline::version());

        const Run unknown = run(program, {QStringLiteral("--no-such-option")});
        QCOMPARE(unknown.exitCode, int(holdline::ExitUsage));
        QVERIFY2(unknown.err.contains(QLatin1String("no-such-option")), qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
