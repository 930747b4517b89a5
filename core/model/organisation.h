#pragma once
// An organisation (gazetteer entry or auto-detected), with bilingual names and aliases.
// Plain value type, usable from any thread.
#include <QList>
#include <QString>

namespace lodestone {

struct OrgAlias final {
    QString text;
    QString language;    // "en", "zh", or empty
    QString provenance;  // "gazetteer", "detected", "merge:<id>", "analyst", "import" (a shared gazetteer)
};

struct Organisation final {
    qint64 id = 0;
    QString key;         // stable gazetteer key, e.g. "baogang-group"; auto-detected: "auto:<normalised name>"
    QString nameEn;
    QString nameZh;
    QString kind;        // soe, company, ministry, regulator, party_body, association, exchange, agency, other
    QString country;     // ISO code, e.g. "CN"
    QString parentKey;   // gazetteer key of the parent, empty if none
    qint64 parentId = 0;
    bool autoDetected = false;
    qint64 mergedInto = 0; // non-zero when merged into another organisation
    QList<OrgAlias> aliases;
    int eventCount = 0;

    QString displayName() const { return nameEn.isEmpty() ? nameZh : nameEn; }
};

} // namespace lodestone
