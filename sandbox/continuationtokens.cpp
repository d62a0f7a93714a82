#include "sandbox/continuationtokens.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

namespace {
constexpr auto B64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

ContinuationTokens::ContinuationTokens()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    m_key = QByteArray(reinterpret_cast<const char *>(words), sizeof words);
}

QByteArray ContinuationTokens::digest(const QJsonObject &queryBody) const
{
    // QJsonObject keeps keys sorted, so equal bodies serialize equally.
    return QCryptographicHash::hash(QJsonDocument(queryBody).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toBase64(B64)
        .left(22);
}

QByteArray ContinuationTokens::issue(const QJsonObject &queryBody, const State &state, qint64 realNowMs) const
{
    const QJsonObject payload{
        {u"s"_s, QString::number(state.startSecs)},
        {u"e"_s, QString::number(state.endSecs)},
        {u"o"_s, QString::number(state.offset)},
        {u"x"_s, QString::number(realNowMs + LifetimeMs)},
        {u"q"_s, QString::fromLatin1(digest(queryBody))},
    };
    const QByteArray data = QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(B64);
    const QByteArray mac = QMessageAuthenticationCode::hash(data, m_key, QCryptographicHash::Sha256).toBase64(B64);
    return data + '.' + mac;
}

std::optional<ContinuationTokens::State> ContinuationTokens::read(const QByteArray &token, const QJsonObject &queryBody,
                                                                  qint64 realNowMs, Error *error) const
{
    *error = Error::Invalid;
    const qsizetype dot = token.indexOf('.');
    if (dot <= 0 || token.size() > 4096)
        return std::nullopt;
    const QByteArray data = token.left(dot);
    const QByteArray mac = QMessageAuthenticationCode::hash(data, m_key, QCryptographicHash::Sha256).toBase64(B64);
    if (mac != token.mid(dot + 1))
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromBase64(data, B64)).object();
    if (payload.value(u"q"_s).toString().toLatin1() != digest(queryBody))
        return std::nullopt;
    if (payload.value(u"x"_s).toString().toLongLong() <= realNowMs) {
        *error = Error::Expired;
        return std::nullopt;
    }
    *error = Error::None;
    return State{payload.value(u"s"_s).toString().toLongLong(), payload.value(u"e"_s).toString().toLongLong(),
                 payload.value(u"o"_s).toString().toLongLong()};
}

} // namespace holdline::sandbox
