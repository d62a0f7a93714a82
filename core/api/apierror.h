#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace holdline::api {

struct FieldError
{
    QString field;
    QString message;
};

// What went wrong with a call to a tenant (or the sync endpoint), typed so that
// callers decide by kind and show message() to a supervisor as it is.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Network,      // could not connect, connection reset, TLS failure
        Timeout,      // no complete answer within the deadline
        Auth,         // 401: wrong credentials or a token the tenant refused
        Forbidden,    // 403: the client lacks a scope
        NotFound,     // 404
        Conflict,     // 409: someone else wrote first
        Validation,   // 400/422: the request was refused as invalid
        RateLimited,  // 429 after every retry
        Server,       // 5xx after every retry
        Protocol,     // the answer is not what CONTRACT.md says
        Insecure,     // refused before sending: plain http to a remote host
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverCode;
    QString message;
    QList<FieldError> fieldDetails;
    std::optional<int> currentVersion; // Conflict: the server's version
    QString missingScope;              // Forbidden
    int attempts = 0;

    bool isError() const { return kind != Kind::None; }
    static QString kindName(Kind kind); // "network", "timeout", ... (stable, for JSON)

    // Classifies a complete HTTP answer with an error status.
    static ApiError fromHttp(int status, const QByteArray &body);
    static ApiError protocol(const QString &message);
    static ApiError make(Kind kind, const QString &message);
};

} // namespace holdline::api
