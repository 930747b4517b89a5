#pragma once
// Finds organisation names the gazetteer does not know, by their shape: capitalised English word runs
// ending in an organisation head word ("... Group", "... Co., Ltd.", "Ministry of ...") and Han runs ending
// in 集团/有限公司/委员会/... . Known mentions are passed in so detections never split them.
// Stateless after construction: usable from any thread.
#include "orgtokenizer.h"

#include <QList>
#include <QString>

namespace lodestone {

// A known (gazetteer) mention as the detector sees it.
struct OrgSpan final {
    int start = 0;
    int end = 0;
    int firstToken = 0;
    int lastToken = 0; // inclusive; -1 when the span has no tokens
};

struct OrgShapeMatch final {
    int start = 0;
    int end = 0;
    QString name;       // surface form
    QString key;        // "auto:<normalised name>"
    QList<int> replaces; // indices of known spans this longer name absorbs
};

class OrgShapeDetector final {
public:
    QList<OrgShapeMatch> detect(QStringView text, const QList<OrgToken>& tokens, const QList<OrgSpan>& known) const;

private:
    QList<OrgShapeMatch> detectLatin(QStringView text, const QList<OrgToken>& tokens,
                                     const QList<OrgSpan>& known) const;
    QList<OrgShapeMatch> detectHan(QStringView text, const QList<OrgSpan>& known) const;
};

} // namespace lodestone
