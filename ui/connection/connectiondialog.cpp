#include "ui/connection/connectiondialog.h"

#include "ui/connection/connectiontester.h"
#include "ui/connection/sessioncontroller.h"
#include "ui/statuscolors.h"

#include "credentials/credentialstore.h"
#include "storage/databaselocation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

namespace holdline::ui {

using namespace Qt::StringLiterals;
using credentials::CredentialJob;
using credentials::CredentialStore;

ConnectionDialog::ConnectionDialog(CredentialStore *credentials, SessionController *sessions, QWidget *parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_sessions(sessions)
    , m_tester(new ConnectionTester(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_rate(new QSpinBox(this))
    , m_history(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setWindowTitle(tr("Connect to a tenant"));
    resize(720, 380);
    m_list->setAccessibleName(tr("Connection profiles"));
    m_name->setAccessibleName(tr("Profile name"));
    m_url->setAccessibleName(tr("Base URL"));
    m_url->setPlaceholderText(u"https://api.nice-incontact.com"_s);
    m_clientId->setAccessibleName(tr("Client id"));
    m_secret->setAccessibleName(tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_rate->setAccessibleName(tr("Rate limit"));
    m_rate->setRange(0, ConnectionProfile::MaxPinnedRate);
    m_rate->setSingleStep(60);
    m_rate->setSpecialValueText(tr("Follow the tenant"));
    m_rate->setSuffix(tr(" requests a minute"));
    m_rate->setToolTip(tr("Holdline paces itself at the limit the tenant states, or learns it from the tenant's "
                          "answers. Set a rate here to pin it, for instance to leave room for other tools on the "
                          "same tenant."));
    m_history->setAccessibleName(tr("History"));
    m_history->setPlaceholderText(tr("This computer"));
    m_history->setClearButtonEnabled(true);
    m_history->setToolTip(tr("Where this tenant's deploys are recorded. Leave it empty for this computer's history. "
                             "For a team's shared history, give its PostgreSQL URL, e.g. "
                             "postgresql://alice@db.example.com/holdline?sslmode=verify-full (TLS is required "
                             "except on this computer); a password in the URL goes to the keychain."));
    connect(m_history, &QLineEdit::textChanged, this, &ConnectionDialog::checkHistory);
    connect(m_history, &QLineEdit::editingFinished, this, &ConnectionDialog::takeHistoryPassword);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *add = new QPushButton(tr("&New"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        saveCurrent();
        ConnectionProfile fresh;
        fresh.name = tr("New tenant");
        fresh.baseUrl = QUrl(u"https://api.nice-incontact.com"_s);
        m_profiles.append(fresh);
        m_list->addItem(m_profiles.last().name);
        m_list->setCurrentRow(int(m_profiles.size()) - 1);
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_row <= 0)
            return;
        const ConnectionProfile gone = m_profiles.takeAt(m_row);
        m_row = -1;
        ConnectionProfiles::save(m_profiles);
        CredentialJob *job = m_credentials->deleteSecret(CredentialStore::keyFor(gone.baseUrl, gone.clientId));
        connect(job, &CredentialJob::finished, job, &QObject::deleteLater);
        delete m_list->takeItem(m_list->currentRow());
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_tester, &ConnectionTester::finished, this,
            [this](bool ok, const QString &report) { setNote(report, !ok); m_test->setEnabled(true); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        saveCurrent();
        showProfile(row);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Base URL:"), m_url);
    form->addRow(tr("&Client id:"), m_clientId);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(tr("&Rate limit:"), m_rate);
    form->addRow(tr("&History:"), m_history);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_note);
    right->addStretch();
    auto *tools = new QHBoxLayout;
    tools->addWidget(add);
    tools->addWidget(m_delete);
    tools->addStretch();
    tools->addWidget(m_test);
    right->addLayout(tools);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(right, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (!historyProblem().isEmpty())
            return;
        saveCurrent();
        takeHistoryPassword();
        Q_EMIT connectRequested(edited(), m_secret->text(), std::exchange(m_historyPassword, {}));
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);

    m_profiles = ConnectionProfiles::load();
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        m_list->addItem(p.name);
    m_list->setCurrentRow(0);
}

void ConnectionDialog::selectProfile(const QString &name, const QString &note)
{
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles.at(i).name == name)
            m_list->setCurrentRow(i);
    if (!note.isEmpty()) {
        setNote(note, true);
        m_secret->setFocus();
    }
}

QString ConnectionDialog::note() const
{
    return m_note->text();
}

void ConnectionDialog::showProfile(int row)
{
    m_row = row;
    if (row < 0 || row >= m_profiles.size())
        return;
    const ConnectionProfile &p = m_profiles.at(row);
    m_name->setText(p.name);
    m_url->setText(p.sandbox ? tr("(in-process, loopback)") : p.baseUrl.toString());
    m_clientId->setText(p.sandbox ? tr("(generated)") : p.clientId);
    m_secret->clear();
    m_secret->setPlaceholderText(p.sandbox ? tr("(generated)") : tr("stored in the keychain"));
    m_rate->setValue(p.pinnedRatePerMinute);
    m_historyPassword.clear();
    m_history->setText(p.history);
    for (QLineEdit *e : {m_name, m_url, m_clientId, m_secret})
        e->setEnabled(!p.sandbox);
    m_delete->setEnabled(!p.sandbox);
    setNote(p.sandbox ? tr("A simulated CXone tenant that runs inside Holdline: 40 queues with a week of traffic. "
                           "No account needed, nothing leaves this computer.")
                      : (m_credentials->keychainAvailable()
                             ? tr("The secret is kept in the system keychain, never in a settings file.")
                             : tr("No keychain is available on this system: a secret typed here is kept for "
                                  "this session only.")),
            false);
}

ConnectionProfile ConnectionDialog::edited() const
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return ConnectionProfiles::sandboxProfile();
    ConnectionProfile p = m_profiles.at(m_row);
    p.pinnedRatePerMinute = m_rate->value();
    if (!p.sandbox) {
        p.name = m_name->text().trimmed();
        p.baseUrl = QUrl(m_url->text().trimmed());
        p.clientId = m_clientId->text().trimmed();
    }
    // A history that cannot be used keeps the one the profile had.
    const QString history = m_history->text().trimmed();
    if (history.isEmpty()) {
        p.history.clear();
    } else if (const auto location = storage::DatabaseLocation::parse(history, nullptr);
               location && location->refusal().isEmpty()) {
        p.history = location->isPostgreSql() ? location->text() : location->path;
    }
    return p;
}

void ConnectionDialog::saveCurrent()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    m_profiles[m_row] = edited();
    if (QListWidgetItem *item = m_list->item(m_row))
        item->setText(m_profiles.at(m_row).name);
    ConnectionProfiles::save(m_profiles);
}

void ConnectionDialog::setNote(const QString &text, bool problem)
{
    const QColor c = problem ? severityColor(FindingSeverity::Error) : complianceColor(Compliance::Compliant);
    m_note->setText(u"<span style=\"color:%1\">●</span> %2"_s.arg(c.name(), text.toHtmlEscaped()));
}

QString ConnectionDialog::historyProblem() const
{
    const QString text = m_history->text().trimmed();
    if (text.isEmpty())
        return {};
    QString error;
    const auto location = storage::DatabaseLocation::parse(text, &error);
    return location ? location->refusal() : error;
}

void ConnectionDialog::takeHistoryPassword()
{
    const auto location = storage::DatabaseLocation::parse(m_history->text().trimmed(), nullptr);
    if (!location || location->password.isEmpty())
        return;
    m_historyPassword = location->password;
    m_history->setText(location->text());
    if (historyProblem().isEmpty()) // else the refusal stays said
        setNote(tr("The password was taken out of the URL: it goes to the keychain when you connect, never to a "
                   "settings file."), false);
}

void ConnectionDialog::checkHistory()
{
    const QString problem = historyProblem();
    if (m_connect)
        m_connect->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        setNote(tr("This history cannot be used: %1").arg(problem), true);
        return;
    }
    const auto location = storage::DatabaseLocation::parse(m_history->text().trimmed(), nullptr);
    if (location && location->isPostgreSql())
        setNote(tr("Deploys are recorded in the team's history at %1, with everyone else's.").arg(location->text()),
                false);
    else if (location)
        setNote(tr("Deploys are recorded in the history file %1.").arg(location->path), false);
    else
        setNote(tr("Deploys are recorded in this computer's history."), false);
}

void ConnectionDialog::testConnection()
{
    const ConnectionProfile p = edited();
    m_test->setEnabled(false);
    setNote(tr("Asking the tenant for a token…"), false);
    if (p.sandbox) {
        const sandbox::SandboxTenant *tenant = m_sessions->sandbox();
        if (!tenant || !tenant->isRunning()) {
            setNote(tr("The sandbox starts when you connect to it."), false);
            m_test->setEnabled(true);
            return;
        }
        m_tester->test(tenant->baseUrl(), tenant->clientId(), tenant->clientSecret());
        return;
    }
    if (!m_secret->text().isEmpty()) {
        m_tester->test(p.baseUrl, p.clientId, m_secret->text());
        return;
    }
    CredentialJob *job = m_credentials->readSecret(CredentialStore::keyFor(p.baseUrl, p.clientId));
    connect(job, &CredentialJob::finished, this, [this, job, p] {
        job->deleteLater();
        if (job->error() == CredentialJob::Error::None) {
            m_tester->test(p.baseUrl, p.clientId, job->secret());
            return;
        }
        m_test->setEnabled(true);
        setNote(job->error() == CredentialJob::Error::Unavailable
                    ? tr("No keychain is available on this system: type the secret to test.")
                    : tr("No secret is stored for this client: type it to test. (%1)").arg(job->errorString()),
                true);
    });
}

} // namespace holdline::ui
