#pragma once

#include "model/policyregistry.h"

#include <QDialog>

class QTextBrowser;

namespace holdline::ui {

// Help › Policy packs and their sources: what each pack is (a law, a
// regulator's rule, or Holdline's own product rule), where it applies, and
// the public source of each rule, so a finding's citation can be followed.
class PolicySourcesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PolicySourcesDialog(const PolicyRegistry &registry, QWidget *parent = nullptr);

    QTextBrowser *text() const { return m_text; }

private:
    QTextBrowser *m_text;
};

} // namespace holdline::ui
