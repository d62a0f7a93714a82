#include "model/policyregistry.h"

#include "common/boundedfile.h"
#include "common/logging.h"
#include "model/policyparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace holdline {

PolicyRegistry PolicyRegistry::withBuiltInPacks()
{
    PolicyRegistry registry;
    registry.loadDirectory(BuiltInDirectory);
    return registry;
}

int PolicyRegistry::loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        m_errors.append(QCoreApplication::translate("PolicyRegistry", "%1: no such policy directory")
                            .arg(QDir::toNativeSeparators(directory)));
        return 0;
    }
    int added = 0;
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files) {
        if (loadFile(dir.filePath(file)))
            ++added;
    }
    return added;
}

bool PolicyRegistry::loadFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QString readError;
    const std::optional<QByteArray> contents = readFileCapped(path, MaxInputFileBytes, &readError);
    if (!contents) {
        m_errors.append(QCoreApplication::translate("PolicyRegistry", "%1: %2").arg(name, readError));
        qCWarning(lcPolicy).noquote() << m_errors.constLast();
        return false;
    }
    const PolicyParseResult result = parsePolicyPack(*contents, path);
    if (!result.pack) {
        m_errors.append(result.error);
        qCWarning(lcPolicy).noquote() << result.error;
        return false;
    }
    if (!addPack(*result.pack)) {
        m_errors.append(QCoreApplication::translate("PolicyRegistry", "%1: id \"%2\" is already used by %3")
                            .arg(name, result.pack->id, QFileInfo(pack(result.pack->id)->source).fileName()));
        qCWarning(lcPolicy).noquote() << m_errors.constLast();
        return false;
    }
    return true;
}

bool PolicyRegistry::addPack(const PolicyPack &newPack)
{
    if (pack(newPack.id))
        return false;
    m_packs.append(newPack);
    return true;
}

const PolicyPack *PolicyRegistry::pack(const QString &id) const
{
    for (const PolicyPack &candidate : m_packs) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QStringList PolicyRegistry::packIds() const
{
    QStringList ids;
    for (const PolicyPack &candidate : m_packs)
        ids.append(candidate.id);
    return ids;
}

} // namespace holdline
