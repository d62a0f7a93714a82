#pragma once

#include "ui/connection/connectionprofiles.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QPushButton;

namespace holdline::credentials {
class CredentialStore;
}

namespace holdline::ui {

class ConnectionTester;
class SessionController;

// Connection profiles: the built-in Sandbox and the user's tenants (name,
// base URL, client id; the secret goes to the keychain only). Test, then connect.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(credentials::CredentialStore *credentials, SessionController *sessions,
                     QWidget *parent = nullptr);

    // Shows this profile with a note (e.g. why its secret is needed).
    void selectProfile(const QString &name, const QString &note = {});
    QString note() const;

Q_SIGNALS:
    // historyPassword: one the history's URL gave (in memory; the session
    // stores it in the keychain), else empty.
    void connectRequested(const holdline::ui::ConnectionProfile &profile, const QString &secret,
                          const QString &historyPassword);

private:
    void showProfile(int row);
    ConnectionProfile edited() const;
    void saveCurrent();
    void testConnection();
    void setNote(const QString &text, bool problem);
    // Why the History field cannot be used, or "" (empty: this computer's).
    QString historyProblem() const;
    void checkHistory();
    // A password typed into the history's URL leaves the field (it would
    // stay on screen) and is kept for Connect, which hands it to the keychain.
    void takeHistoryPassword();

    credentials::CredentialStore *m_credentials;
    SessionController *m_sessions;
    ConnectionTester *m_tester;
    QList<ConnectionProfile> m_profiles;
    int m_row = -1;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QSpinBox *m_rate;
    QLineEdit *m_history;
    QString m_historyPassword; // taken out of the History field, until Connect
    QPushButton *m_connect = nullptr;
    QLabel *m_note;
    QPushButton *m_test;
    QPushButton *m_delete;
};

} // namespace holdline::ui
