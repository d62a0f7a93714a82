#pragma once

#include "cli/command.h"

namespace holdline::cli {

// `login --base-url URL --client-id ID`: reads the client secret from stdin
// (without echo on a terminal; the first line of a pipe) and stores it in the
// keychain under CredentialStore::keyFor(). Says plainly when there is no
// keychain: then nothing is stored, and CXONE_CLIENT_SECRET is the way.
class LoginCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void run() override;

    // The secret from stdin, or an empty string. Prompts on stderr at a terminal.
    static QString readSecret();
};

} // namespace holdline::cli
