#include "orgwordlists.h"

#include "orgtokenizer.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <unordered_map>

namespace lodestone::orgwords {

namespace {

QSet<QString> setOf(const char* words)
{
    QSet<QString> s;
    for (const QString& w : QString::fromUtf8(words).split(u' ', Qt::SkipEmptyParts))
        s.insert(w);
    return s;
}

constexpr const char* kHeads =
        "group co ltd corp inc llc plc holdings bureau center institute academy association administration "
        "commission ministry department agency authority exchange exchanges university committee council bank "
        "fund mining resources materials earth earths chamber society federation jsc";

constexpr const char* kGeneric =
        "group co ltd corp inc llc plc holdings holding bureau center institute academy association administration "
        "commission ministry department agency authority exchange exchanges university committee council bank "
        "fund mining resources materials earth earths chamber society federation jsc "
        "the of and for de party central standing general secretary chairman chair vice deputy president director "
        "executive board national state people s republic rare development reform research industry industrial "
        "information technology technologies science sciences new advanced high tech international global "
        "provincial municipal regional local city county government security social human natural affairs "
        "foreign trade economic finance financial mineral minerals critical metal metals nonferrous non ferrous "
        "steel iron chinese american western eastern northern southern north south east west expert panel "
        "review working leading small office supervision assets market markets products production worker workers "
        "smelting investment plan five year communist discipline inspection organization management quality safety "
        "environment ecology customs standardization standards federal joint public private key main major first "
        "second third annual senior top chief magnet magnets magnetic battery energy power supply chain processing "
        "refining trading products services service holdings company limited corporation";

constexpr const char* kNoise =
        "the a an in on at to for by with from as after before while when under over amid against into about "
        "across between both this that these those its his her their our my your we they it he she i meanwhile "
        "according but since during through also then however last next is are was were will has have had said "
        "says why how what who where if once perhaps most more all some many every each other such not yes here "
        "there highlights overview summary background update editor note analysis read see via per and or "
        "january february march april may june july august september october november december jan feb apr jun "
        "jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
        "chairman chairwoman chair president secretary minister director ceo cfo cto coo head spokesperson "
        "spokesman spokeswoman analyst analysts mr mrs ms dr professor prof vice deputy premier governor mayor "
        "commissioner manager founder";

// Words of document, law and notice titles and of headings ("Interim Measures for the Administration of ...",
// "Listing Prices of Rare Earth", "Promoting Sustainable and Healthy Development of ..."): a capitalised run holding
// one is a title, never an organisation.
constexpr const char* kDocument =
        "measures notice notices announcement announcements regulations regulation rules provisions opinions guidelines "
        "indicators indicator quotas quota listing prices price circular decree catalogue catalog law laws statute "
        "interim draft promoting strengthening accelerating regarding concerning implementing issuing further "
        "sustainable healthy items";

} // namespace

quint16 classify(QString* lowerWord, quint64* hash)
{
    struct Entry {
        QString word;
        QString canonical;
        quint64 canonicalHash = 0;
        quint16 flags = 0;
    };
    struct IdentityHash {
        size_t operator()(quint64 k) const { return size_t(k); }
    };
    static const std::unordered_map<quint64, Entry, IdentityHash> lexicon = [] {
        QHash<QString, Entry> lex;
        const QHash<QString, QString> canon = {
            {QStringLiteral("company"), QStringLiteral("co")},
            {QStringLiteral("limited"), QStringLiteral("ltd")},
            {QStringLiteral("corporation"), QStringLiteral("corp")},
            {QStringLiteral("incorporated"), QStringLiteral("inc")},
            {QStringLiteral("centre"), QStringLiteral("center")},
            {QStringLiteral("hi"), QStringLiteral("high")},
            {QStringLiteral("aluminium"), QStringLiteral("aluminum")},
            {QStringLiteral("defence"), QStringLiteral("defense")},
            {QStringLiteral("organisation"), QStringLiteral("organization")},
        };
        auto add = [&](const char* words, quint16 flag) {
            for (const QString& w : QString::fromUtf8(words).split(u' ', Qt::SkipEmptyParts)) lex[w].flags |= flag;
        };
        add(kHeads, Head);
        add(kHeads, Generic);
        add(kGeneric, Generic);
        add(kNoise, Noise);
        add(kDocument, Document);
        add("of and for the de", Connector);
        add("co corp inc ltd no st dept govt intl bros mt jr plc llc sa ag nv pty jsc", Abbreviation);
        add("co ltd inc llc plc corp sa ag nv jsc pty", LegalSuffix);
        for (auto it = canon.cbegin(); it != canon.cend(); ++it) {
            Entry e = lex.value(it.value());
            e.canonical = it.value();
            lex[it.key()] = e;
        }
        std::unordered_map<quint64, Entry, IdentityHash> byHash;
        for (auto it = lex.begin(); it != lex.end(); ++it) {
            it->word = it.key();
            it->canonicalHash = OrgTokenizer::hashOf(it->canonical);
            byHash.emplace(OrgTokenizer::hashOf(it.key()), *it); // 64-bit FNV: no collisions among these words
        }
        Q_ASSERT(byHash.size() == size_t(lex.size()));
        return byHash;
    }();
    const quint16 single = lowerWord->size() == 1 ? quint16(Abbreviation) : quint16(0); // initials: "U.S."
    const auto it = lexicon.find(*hash);
    if (it == lexicon.end() || it->second.word != *lowerWord) return single;
    if (!it->second.canonical.isEmpty()) {
        *lowerWord = it->second.canonical;
        *hash = it->second.canonicalHash;
    }
    return it->second.flags | single;
}

bool isHanStopChar(QChar c)
{
    static const QString stops = QStringLiteral(
        "的和与在由对将已了及同向是为被把从于等并而也就都还让给或跟称说以至到经这那该本其各此每又再曾正均皆之共即"
        "，。、；：！？“”‘’《》");
    return stops.contains(c);
}

int hanStopWordEndingAt(QStringView text, qsizetype pos)
{
    static const QStringList words = QString::fromUtf8(
        "会见 表示 宣布 发布 签署 成立 召开 举行 参加 出席 收购 合作 位于 来自 根据 包括 旗下 下属 所属 以及 其中 "
        "日前 近日 今年 去年 目前 此前 随后 联合 携手 牵头 主导 组织 推进 指导 批准 要求 通过 认为 指出 强调 作为 "
        "成为 一家 两家 多家 发起 设立 组建 参股 入股 重组 合并 持有 拥有 属于 隶属 负责 主办 承办 审议 印发 出台 "
        "公布 发出 下发 会同 由于 关于 党委书记 董事长 总经理 访问 走访 调研 考察 前往 当天 同时 此外 另外 分别")
        .split(u' ', Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (pos >= w.size() && text.mid(pos - w.size(), w.size()) == w) return int(w.size());
    }
    return 0;
}

bool isGenericHanPrefix(QStringView prefix)
{
    static const QSet<QString> s = setOf(
        "稀土 子 母 分 总 上市 全资子 控股子 控股 合资 国有 集团 股份 有限 行业 产业 技术 研究 管理 党 中央 地方 "
        "政府 相关 有关 各级 主管 监管 稀土行业 稀土产业 两 多 一 几 大 这 该 新 原 其他 外资 民营 国企 央企 企业 "
        "公司 科技 贸易 投资 能源 矿业 材料 数据 服务 国内 海外 境外 全国 省 市 县 部门 内 外 东 西 南 北 中 全 局 "
        "干 俱 工作 领导 小组 专家 标准 职业 委员 党委 纪委 常委 常务");
    if (s.contains(prefix.toString())) return true;
    // "大型稀土企业" + 集团, "相关司" + 局: a generic modifier in front of generic words only
    static const QStringList modifiers = QString::fromUtf8(
        "世界一流 一流 大中型 大型 中型 小型 中小 相关 有关 各类 各 多家 两家 三家 该 其他 上述 以下 下属 所属 重点 骨干 龙头 国有 民营 "
        "地方 主要 部分 若干 一批 新型 大中 省级 市级 县级 国家级").split(u' ', Qt::SkipEmptyParts);
    static const QStringList generic = QString::fromUtf8(
        "稀土 企业 行业 产业 科技 矿业 金属 有色 冶炼 分离 材料 资源 能源 技术 集团 公司 部门 主管 司 局 处 单位 机构 "
        "研究 科研 生产 开采 加工 应用 贸易 国有 中央 地方 龙头 骨干 重点").split(u' ', Qt::SkipEmptyParts);
    QStringView rest = prefix;
    bool modified = false;
    for (bool again = true; again;) {
        again = false;
        for (const QString& m : modifiers)
            if (rest.startsWith(m)) {
                rest = rest.mid(m.size());
                modified = again = true;
                break;
            }
    }
    if (!modified) return false;
    while (!rest.isEmpty()) {
        bool matched = false;
        for (const QString& g : generic)
            if (rest.startsWith(g)) {
                rest = rest.mid(g.size());
                matched = true;
                break;
            }
        if (!matched) return false;
    }
    return true;
}

} // namespace lodestone::orgwords
