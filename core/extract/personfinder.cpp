#include "personfinder.h"

#include <QRegularExpression>
#include <QSet>

namespace lodestone {

namespace {

const QString kRoleEn = QStringLiteral(
    "(?:(?:Party|Deputy|Vice|Executive|General|Chief|Senior|Assistant|Managing|Acting|Foreign|Commerce|Prime)\\s+)*"
    "(?:Secretary(?:-General)?|Chair(?:man|woman|person)?|President|Director(?:-General)?|General\\s+Manager|"
    "Manager|CEO|CFO|Minister|Premier|Governor|Mayor|Engineer|Officer|Commissioner|Spokes(?:person|man|woman)|"
    "Ambassador|Founder)");
const QString kNameEn = QStringLiteral("([A-Z][a-z]+(?:-[a-z]+)?(?:\\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2})");
const QString kRoleZh = QStringLiteral(
    "(?:党委书记|党委副书记|党组书记|党组副书记|副董事长|董事长|副总经理|总经理|副总裁|总裁|总书记|副部长|部长|副主任|主任|"
    "副局长|局长|司长|副主席|主席|书记|副市长|市长|副省长|省长|总工程师|首席执行官|秘书长|理事长|会长)");

const QSet<QString>& nonNameWords()
{
    static const QSet<QString> s = {
        QStringLiteral("Group"), QStringLiteral("Company"), QStringLiteral("Corporation"), QStringLiteral("Inner"),
        QStringLiteral("Mongolia"), QStringLiteral("China"), QStringLiteral("Chinese"), QStringLiteral("Party"),
        QStringLiteral("Committee"), QStringLiteral("Ministry"), QStringLiteral("Rare"), QStringLiteral("Earth"),
        QStringLiteral("The"), QStringLiteral("State"), QStringLiteral("Council"), QStringLiteral("National"),
        QStringLiteral("Mobile"), QStringLiteral("Steel"), QStringLiteral("Bank"), QStringLiteral("Limited"),
        QStringLiteral("Office"), QStringLiteral("Bureau"), QStringLiteral("Department"), QStringLiteral("Thought")};
    return s;
}

bool plausibleName(const QString& name)
{
    for (const QString& w : name.split(u' ', Qt::SkipEmptyParts))
        if (nonNameWords().contains(w)) return false;
    return true;
}

QString orgBefore(const QList<OrgMention>& orgs, int pos, int window)
{
    QString key;
    for (const OrgMention& o : orgs) {
        if (o.end <= pos && pos - o.end <= window) key = o.key;
        if (o.start >= pos) break;
    }
    return key;
}

QString orgAt(const QList<OrgMention>& orgs, int pos, int window)
{
    for (const OrgMention& o : orgs)
        if (o.start >= pos && o.start - pos <= window) return o.key;
    return {};
}

QString tidyRole(QString r) { return r.simplified().replace(QStringLiteral(" ,"), QStringLiteral(",")); }

} // namespace

QList<PersonFound> PersonFinder::find(const QString& text, const QList<OrgMention>& orgs)
{
    static const QRegularExpression roleThenName(
        QStringLiteral("\\b(") + kRoleEn + QStringLiteral("(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+)") + kRoleEn +
        QStringLiteral(")*)\\s+") + kNameEn + QStringLiteral("\\b"));
    static const QRegularExpression nameThenRole(
        kNameEn + QStringLiteral(",\\s+(?:the\\s+)?(") + kRoleEn +
        QStringLiteral("(?:(?:\\s*,\\s*|\\s+and\\s+)") + kRoleEn + QStringLiteral(")*)(\\s+(?:of|at)\\s+(?:the\\s+)?)?"));
    static const QRegularExpression zh(QStringLiteral("(") + kRoleZh + QStringLiteral("(?:、") + kRoleZh +
                                       QStringLiteral(")*)([\\x{4e00}-\\x{9fa5}]{2,3}?)(?=主持|表示|会见|出席|指出|"
                                                      "强调|带领|一行|讲话|参加|在|说|，|、|。|等|介绍|与|同|率|就|对|接受)"));

    QList<PersonFound> out;
    QSet<QString> seen;
    auto add = [&](const QString& name, const QString& role, const QString& orgKey, int s, int e) {
        if (seen.contains(name)) {
            for (PersonFound& p : out)
                if (p.person.name == name && p.person.orgKey.isEmpty() && !orgKey.isEmpty()) p.person.orgKey = orgKey;
            return;
        }
        seen.insert(name);
        out.append(PersonFound{PersonMention{name, role, orgKey}, s, e});
    };

    if (text.contains(u',') || text.contains(u' ')) {
        auto it = nameThenRole.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString name = m.captured(1);
            if (!plausibleName(name)) continue;
            QString org;
            if (m.capturedLength(3) > 0) org = orgAt(orgs, static_cast<int>(m.capturedEnd(3)), 2);
            add(name, tidyRole(m.captured(2)), org, static_cast<int>(m.capturedStart(1)),
                static_cast<int>(m.capturedEnd(1)));
        }
        it = roleThenName.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString name = m.captured(2);
            if (!plausibleName(name)) continue;
            const int roleStart = static_cast<int>(m.capturedStart(1));
            const int nameEnd = static_cast<int>(m.capturedEnd(2));
            QString org;
            if (QStringView(text).mid(nameEnd, 4) == u" of ") org = orgAt(orgs, nameEnd + 4, 4);
            if (org.isEmpty()) org = orgBefore(orgs, roleStart, 90);
            // "General Secretary Xi Jinping" is not an officer of the nearby company
            const QString role = tidyRole(m.captured(1));
            if (role == u"General Secretary" || role == u"Premier" || role == u"President") org.clear();
            add(name, role, org, static_cast<int>(m.capturedStart(2)), static_cast<int>(m.capturedEnd(2)));
        }
    }
    if (text.contains(QStringLiteral("长")) || text.contains(QStringLiteral("书记")) ||
        text.contains(QStringLiteral("主任")) || text.contains(QStringLiteral("主席")) ||
        text.contains(QStringLiteral("总裁")) || text.contains(QStringLiteral("首席"))) {
        auto it = zh.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const int roleStart = static_cast<int>(m.capturedStart(1));
            QString org = orgBefore(orgs, roleStart, 4);
            const QString role = m.captured(1);
            if (role == u"总书记") org.clear();
            add(m.captured(2), role, org, static_cast<int>(m.capturedStart(2)), static_cast<int>(m.capturedEnd(2)));
        }
    }
    std::sort(out.begin(), out.end(), [](const PersonFound& a, const PersonFound& b) { return a.start < b.start; });
    return out;
}

} // namespace lodestone
