#pragma once

#include "model/policypack.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace holdline {

// Every policy pack Holdline knows: the built-in ones (Qt resources under
// :/policies) and the user's own (*.json in a directory). A bad file is
// reported in errors() and skipped; the others still load.
class PolicyRegistry
{
public:
    static constexpr QLatin1StringView BuiltInDirectory{":/policies"};

    PolicyRegistry() = default;

    // A registry holding the built-in packs only.
    static PolicyRegistry withBuiltInPacks();

    // Loads every *.json of a directory, in file-name order. Returns how many
    // packs were added. A pack whose id is already known is rejected (a user
    // file cannot silently replace a built-in pack).
    int loadDirectory(const QString &directory);
    // Loads one file; false (and an entry in errors()) when it is rejected.
    bool loadFile(const QString &path);
    // Adds a parsed pack; false when its id is taken.
    bool addPack(const PolicyPack &pack);

    const QList<PolicyPack> &packs() const { return m_packs; }
    // Valid until the registry is next changed.
    const PolicyPack *pack(const QString &id) const;
    QStringList packIds() const;
    // "<file>: <problem>" for every file that was rejected.
    const QStringList &errors() const { return m_errors; }

private:
    QList<PolicyPack> m_packs;
    QStringList m_errors;
};

} // namespace holdline
