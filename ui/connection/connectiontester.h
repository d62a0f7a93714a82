#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace holdline::api {
class ApiClient;
}

namespace holdline::ui {

// "Test connection": asks the tenant for a token with these credentials and
// reports the scopes it granted, the ones Holdline needs but lacks, or the
// exact problem. Uses its own ApiClient so the open session is untouched.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);

    void test(const QUrl &baseUrl, const QString &clientId, const QString &secret);
    static QStringList requiredScopes();

Q_SIGNALS:
    void finished(bool ok, const QString &report);

private:
    api::ApiClient *m_client = nullptr;
};

} // namespace holdline::ui
