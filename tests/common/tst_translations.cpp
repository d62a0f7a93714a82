// The catalogues installed for a locale: the desktop app's and the CLI's
// text, and Qt's own standard buttons, come out in that language; English and
// languages without a catalogue keep the source text; holdline-cli picks the
// language from the environment; and every message of every catalogue is
// translated, with its placeholders, accelerator and line breaks kept.
#include "cli/strategyfile.h"
#include "common/translations.h"
#include "ui/queues/queuetablemodel.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using holdline::ui::QueueTableModel;

namespace {

QString uiText()
{
    const QueueTableModel model;
    return model.headerData(QueueTableModel::PositionThreshold, Qt::Horizontal).toString();
}

// holdline-cli's reading of a --file with a key that is not a field.
QString cliText()
{
    QString error;
    const auto assignments = holdline::cli::assignmentsFromFlatJson(QJsonObject{{u"bogus"_s, 1}}, &error);
    return assignments ? QString() : error;
}

QString qtText()
{
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(uR"(%L?\d+|%n)"_s);
    QStringList found;
    for (const auto &match : placeholder.globalMatch(text))
        found.append(match.captured().remove(u'L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(uR"((?<!&)&[^&\s])"_s);
    return text.contains(accelerator);
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms;  // the translation, or its numerus forms
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == "name"_L1 && !inMessage) {
                context = xml.readElementText();
            } else if (xml.name() == "message"_L1) {
                message = Message{context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, false, {}};
                inMessage = true;
            } else if (xml.name() == "source"_L1) {
                message.source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                const auto type = xml.attributes().value("type"_L1);
                if (type == "vanished"_L1 || type == "obsolete"_L1) {
                    inMessage = false;  // no longer in the sources
                    continue;
                }
                message.unfinished = type == "unfinished"_L1;
                if (!message.numerus)
                    message.forms.append(xml.readElementText());
            } else if (xml.name() == "numerusform"_L1) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            if (inMessage)
                messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { holdline::installTranslations(QLocale::c()); }

    void translatedForLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << QLocale(u"es_ES"_s) << u"es"_s;
        QTest::newRow("es_MX") << QLocale(u"es_MX"_s) << u"es"_s;
        QTest::newRow("pt_BR") << QLocale(u"pt_BR"_s) << u"pt_BR"_s;
    }

    void translatedForLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, language);
        const QString uiEnglish = uiText();
        const QString cliEnglish = cliText();
        QCOMPARE(uiEnglish, u"Threshold"_s);
        QVERIFY(cliEnglish.startsWith(u"\"bogus\" is not a wait-strategy field"_s));

        QCOMPARE(holdline::installTranslations(locale), language);
        QVERIFY2(uiText() != uiEnglish, qPrintable(uiText()));
        QVERIFY2(cliText() != cliEnglish, qPrintable(cliText()));
        QVERIFY2(cliText().contains(u"bogus"_s), qPrintable(cliText()));
    }

    void spanishWording()
    {
        QCOMPARE(holdline::installTranslations(QLocale(u"es_ES"_s)), u"es"_s);
        QCOMPARE(uiText(), u"Umbral"_s);
        QVERIFY2(cliText().startsWith(u"\"bogus\" no es un campo de la estrategia de espera"_s), qPrintable(cliText()));
    }

    void englishWithoutCatalogue_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("en_US") << QLocale(u"en_US"_s);
        QTest::newRow("en_GB") << QLocale(u"en_GB"_s);
        QTest::newRow("fr_FR, no catalogue") << QLocale(u"fr_FR"_s);
    }

    void englishWithoutCatalogue()
    {
        QFETCH(QLocale, locale);
        holdline::installTranslations(QLocale(u"es_ES"_s));
        QCOMPARE(holdline::installTranslations(locale), QString());
        QCOMPARE(uiText(), u"Threshold"_s);
        QVERIFY2(cliText().startsWith(u"\"bogus\" is not a wait-strategy field"_s), qPrintable(cliText()));
        QCOMPARE(qtText(), u"Cancel"_s);
    }

    // Qt's catalogue follows Holdline's, so dialogs never mix two languages.
    void qtCatalogueInTheSameLanguage()
    {
        const QString translations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(translations + u"/qtbase_es.qm"_s))
            QSKIP("Qt's own translations are not installed (Debian: qt6-translations-l10n)");
        holdline::installTranslations(QLocale(u"es_ES"_s));
        QCOMPARE(qtText(), u"Cancelar"_s);
        holdline::installTranslations(QLocale(u"fr_FR"_s));
        QCOMPARE(qtText(), u"Cancel"_s);
    }

    // The whole chain of an executable: main() installs the translator, the
    // catalogue is built into the binary, the language comes from the
    // environment as QLocale::system() reads it.
    void cliFollowsTheEnvironment_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANG=es_ES") << u"es_ES.UTF-8"_s << QString() << u"Inspecciona, planifica"_s;
        QTest::newRow("LANGUAGE=es") << u"en_US.UTF-8"_s << u"es"_s << u"Inspecciona, planifica"_s;
        QTest::newRow("LANGUAGE=en:es") << u"es_ES.UTF-8"_s << u"en:es"_s << u"Inspect, plan"_s;
        QTest::newRow("LANG=C") << u"C"_s << QString() << u"Inspect, plan"_s;
    }

    void cliFollowsTheEnvironment()
    {
        QFETCH(QString, lang);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"LC_ALL"_s);
        environment.remove(u"LC_MESSAGES"_s);
        environment.insert(u"LANG"_s, lang);
        if (language.isEmpty())
            environment.remove(u"LANGUAGE"_s);
        else
            environment.insert(u"LANGUAGE"_s, language);
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(HOLDLINE_CLI_PATH), {u"--help"_s});
        QVERIFY(cli.waitForFinished(60000));
        const QString help = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(help.contains(expected), qPrintable(help));
    }

    void catalogueComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << u"es"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s;
    }

    void catalogueComplete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readCatalogue(
            QStringLiteral(HOLDLINE_TRANSLATIONS_SOURCE_DIR) + u"/holdline_"_s + language + u".ts"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 500);

        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + u": \""_s + m.source.left(60) + u'"';
            if (m.unfinished || m.forms.isEmpty() || m.forms.contains(QString())) {
                problems.append(where + u" is not translated"_s);
                continue;
            }
            // Spanish and Portuguese have a singular and a plural.
            if (m.numerus && m.forms.size() != 2)
                problems.append(where + u" has %1 plural forms, not 2"_s.arg(m.forms.size()));
            for (const QString &form : m.forms) {
                if (placeholders(form) != placeholders(m.source))
                    problems.append(where + u" changes the placeholders: \""_s + form + u'"');
                if (hasAccelerator(m.source) && !hasAccelerator(form))
                    problems.append(where + u" loses its accelerator: \""_s + form + u'"');
                if (m.source.endsWith(u'\n') != form.endsWith(u'\n'))
                    problems.append(where + u" changes the final line break"_s);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 of %2 messages:\n"_s.arg(problems.size()).arg(messages.size())
                                                + problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
