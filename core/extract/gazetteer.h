#pragma once
// Bilingual organisation gazetteer (loaded from resources/gazetteer/organisations.json) plus
// shape-based detection of organisations it does not know. Immutable after load: safe to share across threads.
#include "model/event.h"
#include "model/organisation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>

namespace lodestone {

class Gazetteer final {
public:
    // Loads the bundled gazetteer from the Qt resource ":/core/gazetteer/organisations.json".
    static std::shared_ptr<const Gazetteer> bundled();
    // Loads from JSON bytes (same format as the bundled file); returns nullptr and fills error on bad input.
    static std::shared_ptr<const Gazetteer> fromJson(const QByteArray& json, QString* error = nullptr);

    const QList<Organisation>& organisations() const { return m_orgs; }
    const Organisation* byKey(const QString& key) const;

    // Every organisation mention in text, longest match first, non-overlapping, sorted by start.
    // Known organisations resolve to their gazetteer key; unknown names of organisation shape
    // ("... Group", "... Co., Ltd.", "...集团", "...有限公司") are returned with autoDetected = true and
    // key "auto:<normalised name>".
    QList<OrgMention> findMentions(const QString& text) const;

private:
    Gazetteer() = default;
    QList<Organisation> m_orgs;
    QHash<QString, int> m_byKey;
    // further private members are the implementer's choice
    struct Index;
    std::shared_ptr<Index> m_index;
};

} // namespace lodestone
