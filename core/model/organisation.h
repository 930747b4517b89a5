#pragma once
// An organisation (gazetteer entry or auto-detected), with bilingual names and aliases.
// Plain value type, usable from any thread.
#include <QDate>
#include <QList>
#include <QString>

namespace lodestone {

struct OrgAlias final {
    QString text;
    QString language;    // "en", "zh", or empty
    QString provenance;  // "gazetteer", "gazetteer:former-until:2015" (a former name), "detected", "merge:<id>", "analyst", "import" (a shared gazetteer)

    // The last day a former name was in use ("2015" -> 2015-12-31, "2015-08" -> 2015-08-31); invalid otherwise.
    static QDate untilDate(const QString& until)
    {
        const QDate month = QDate::fromString(until + QStringLiteral("-01"), Qt::ISODate);
        if (until.size() == 7 && month.isValid()) return month.addMonths(1).addDays(-1);
        bool ok = false;
        const int year = until.toInt(&ok);
        return ok && until.size() == 4 ? QDate(year, 12, 31) : QDate();
    }
    // The day this alias stopped being the organisation's name, when it is a former name.
    QDate formerUntil() const
    {
        static const QString tag = QStringLiteral("former-until:");
        const qsizetype at = provenance.indexOf(tag);
        return at < 0 ? QDate() : untilDate(provenance.mid(at + tag.size()));
    }
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
    // The name the organisation went by on a day: a former name still in use then (English first), else
    // displayName(). Aliases must be loaded.
    QString nameOn(QDate day, bool chinese = false) const
    {
        QString best;
        QDate bestUntil;
        if (day.isValid())
            for (const OrgAlias& a : aliases) {
                const QDate until = a.formerUntil();
                if (!until.isValid() || day > until || (chinese != (a.language == u"zh"))) continue;
                if (best.isEmpty() || until < bestUntil || (until == bestUntil && a.text.size() > best.size())) {
                    best = a.text;
                    bestUntil = until;
                }
            }
        return best.isEmpty() ? (chinese ? nameZh : displayName()) : best;
    }
};

} // namespace lodestone
