#include "common/redaction.h"

#include <QUrlQuery>

#include <algorithm>
#include <array>

namespace holdline {

using namespace Qt::StringLiterals;

namespace {
constexpr auto Mask = "***"_L1;
}

bool isCredentialParameter(QStringView name)
{
    static constexpr std::array words{"token"_L1, "secret"_L1, "pass"_L1, "pwd"_L1, "key"_L1,
                                      "auth"_L1,  "sig"_L1,    "credential"_L1, "session"_L1};
    return std::any_of(words.begin(), words.end(),
                       [name](QLatin1StringView word) { return name.contains(word, Qt::CaseInsensitive); });
}

QString credentialParameterOf(const QUrl &url)
{
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items)
        if (isCredentialParameter(name))
            return name;
    return {};
}

QString redactedUrl(const QUrl &url)
{
    QUrl safe = url;
    if (!safe.password().isEmpty())
        safe.setPassword(Mask);
    if (safe.hasQuery()) {
        QUrlQuery query(safe);
        auto items = query.queryItems(QUrl::FullyDecoded);
        for (auto &[name, value] : items)
            if (isCredentialParameter(name))
                value = Mask;
        query.setQueryItems(items);
        safe.setQuery(query);
    }
    return safe.toString();
}

QString redactedUrlText(const QString &text)
{
    const QUrl url(text, QUrl::TolerantMode);
    if (url.isValid())
        return redactedUrl(url);
    // Unparsable: hide whatever sits between the scheme and an '@'.
    QString safe = text;
    const qsizetype schemeEnd = safe.indexOf("://"_L1);
    const qsizetype at = safe.indexOf(u'@', schemeEnd < 0 ? 0 : schemeEnd);
    if (at >= 0)
        safe.replace(schemeEnd < 0 ? 0 : schemeEnd + 3, at - (schemeEnd < 0 ? 0 : schemeEnd + 3), Mask);
    return safe;
}

} // namespace holdline
