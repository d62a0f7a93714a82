#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace holdline {

// Which policy packs apply to a queue, and the variant chosen for each (empty:
// the pack's default variant). Default-constructed it holds "baseline" alone.
class PolicySelection
{
public:
    static constexpr QLatin1StringView BaselinePackId{"baseline"};

    struct Entry
    {
        QString packId;
        QString variant; // empty = the pack's default

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    PolicySelection();
    static PolicySelection empty();

    const QList<Entry> &entries() const { return m_entries; }
    QStringList packIds() const;
    bool contains(const QString &packId) const;
    QString variant(const QString &packId) const;

    // Adds the pack, or changes its variant when already selected.
    void select(const QString &packId, const QString &variant = QString());
    void deselect(const QString &packId);

    // For settings: ["baseline", "br-decreto-6523-2008:financial"].
    QStringList toStringList() const;
    static std::optional<PolicySelection> fromStringList(const QStringList &list, QString *error = nullptr);
    // {"packs": [{"id": "baseline"}, {"id": "br-…", "variant": "financial"}]}
    QJsonObject toJson() const;
    static std::optional<PolicySelection> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const PolicySelection &, const PolicySelection &) = default;

private:
    QList<Entry> m_entries;
};

} // namespace holdline
