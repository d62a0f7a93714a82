#include "ui/help/policysourcesdialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace holdline::ui {

using namespace Qt::StringLiterals;

PolicySourcesDialog::PolicySourcesDialog(const PolicyRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Policy packs and their sources"));
    QString html;
    for (const PolicyPack &pack : registry.packs()) {
        html += u"<h3>%1</h3>"_s.arg(pack.name.toHtmlEscaped());
        QStringList facts;
        if (pack.isProductRule())
            facts.append(tr("Holdline's own product rule, not a law"));
        else if (!pack.jurisdiction.isEmpty())
            facts.append(tr("Law or regulation in %1").arg(pack.jurisdiction.toHtmlEscaped()));
        if (!pack.scope.isEmpty())
            facts.append(tr("binds %1").arg(pack.scope.toHtmlEscaped()));
        if (!facts.isEmpty())
            html += u"<p>%1</p>"_s.arg(facts.join(u" · "_s));
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Source:"), pack.citation.toHtmlEscaped());
        if (!pack.description.isEmpty())
            html += u"<p>%1</p>"_s.arg(pack.description.toHtmlEscaped());
        html += u"<ul>"_s;
        for (const PolicyRule &rule : pack.rules)
            html += u"<li>%1 — <i>%2</i></li>"_s.arg(rule.name.toHtmlEscaped(), rule.citation.toHtmlEscaped());
        html += u"</ul>"_s;
    }
    m_text->setHtml(html);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace holdline::ui
