#pragma once

#include <QLocale>
#include <QString>

namespace holdline {

// Installs on the running application the catalogues for `locale`'s UI
// languages: Holdline's own and Qt's qtbase (standard dialog buttons,
// --help of QCommandLineParser), always in the same language so a window
// never mixes two. Replaces what an earlier call installed. A locale whose
// first language Holdline has no catalogue for before English (en, C, or
// French today) keeps the English source strings.
// Returns the language of the Holdline catalogue installed ("es", "pt_BR"),
// or an empty string for none.
QString installTranslations(const QLocale &locale = QLocale::system());

} // namespace holdline
