#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace holdline {

namespace {

const auto translatorName = u"holdline-translator"_s;

// A catalogue installed next to the executable (share/holdline/translations,
// as `cmake --install` lays it out) wins, so a packager or translator can
// drop in an updated one; the copy built into the binary is the fallback.
QStringList catalogueDirectories()
{
    return {QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(HOLDLINE_TRANSLATIONS_RELATIVE_DIR)),
            u":/i18n"_s};
}

void removeInstalled(QCoreApplication *app)
{
    const auto installed = app->findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void install(QCoreApplication *app, QTranslator *translator)
{
    translator->setParent(app);
    translator->setObjectName(translatorName);
    QCoreApplication::installTranslator(translator);
}

// QTranslator::load(QLocale) would skip a preferred language it has no file
// for and take the next one, so LANGUAGE=en:es would come out in Spanish.
// English is the source language: reaching it first means no catalogue.
bool isSourceLanguage(const QString &language)
{
    return language == u"C"_s || language == u"en"_s || language.startsWith(u"en-"_s)
        || language.startsWith(u"en_"_s);
}

} // namespace

QString installTranslations(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    removeInstalled(app);

    auto holdlineCatalogue = std::make_unique<QTranslator>();
    bool loaded = false;
    for (const QString &language : locale.uiLanguages()) {
        if (isSourceLanguage(language))
            break;
        const QLocale candidate(language);
        for (const QString &directory : catalogueDirectories()) {
            if ((loaded = holdlineCatalogue->load(candidate, u"holdline"_s, u"_"_s, directory)))
                break;
        }
        if (loaded)
            break;
    }
    if (!loaded)
        return {};

    const QString language = holdlineCatalogue->language();
    install(app, holdlineCatalogue.release());
    // Missing when the distribution's Qt translations are not installed
    // (Debian: qt6-translations-l10n); the dialogs' buttons then stay English.
    auto qtCatalogue = std::make_unique<QTranslator>();
    if (qtCatalogue->load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(app, qtCatalogue.release());
    return language;
}

} // namespace holdline
