#pragma once

#include "deploy/degradationguard.h"
#include "model/policyselection.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace holdline {
class PolicyRegistry;
}

namespace holdline::ui {

class AppSettings;

// Policy packs in force (with variants), the degradation guard's rules and
// mode, the refresh interval, and the external sync endpoint with its signing
// secret (kept in the keychain, never in the settings file).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(AppSettings *settings, const PolicyRegistry &registry, QWidget *parent = nullptr);

    PolicySelection selection() const;
    QTreeWidget *packs() const { return m_packs; }

    // Typed in this dialog, to be stored in the keychain; empty: keep the stored one.
    QString newSigningSecret() const;

    void accept() override;
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLabel *endpointError() const { return m_endpointError; }

private:
    QWidget *buildPolicies(const PolicyRegistry &registry);
    QWidget *buildGuard();
    QWidget *buildGeneral();
    QWidget *buildGoal();
    QWidget *buildSync();
    void checkEndpoint();

    AppSettings *m_settings;
    QTreeWidget *m_packs = nullptr;
    QHash<QString, QComboBox *> m_variants;
    QDoubleSpinBox *m_maxWait = nullptr;
    QDoubleSpinBox *m_minConversion = nullptr;
    QDoubleSpinBox *m_abandonRise = nullptr;
    QDoubleSpinBox *m_answerDrop = nullptr;
    QSpinBox *m_minContacts = nullptr;
    QSpinBox *m_window = nullptr;
    QRadioButton *m_autoRollback = nullptr;
    QRadioButton *m_alertOnly = nullptr;
    QSpinBox *m_refresh = nullptr;
    QDoubleSpinBox *m_goalAnswered = nullptr;
    QSpinBox *m_goalWithin = nullptr;
    QDoubleSpinBox *m_goalAbandoned = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_endpointError = nullptr;
    QLabel *m_secretNote = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace holdline::ui
