#include "syntheticcorpus.h"

#include <QLatin1String>
#include <QStringBuilder>

#include <array>
#include <cstdint>

namespace lodestone {

namespace {

// Organisation table: key, name as analysts write it, and a coarse role used to pick plausible actors.
enum Kind : quint8 { Gov = 0, ForeignGov, CnFirm, Foreign, Assoc };
struct OrgDef {
    const char* key;
    const char* name;
    Kind kind;
};

constexpr std::array<OrgDef, 60> kOrgs = {{
    {"miit", "the Ministry of Industry and Information Technology", Gov},
    {"mofcom", "the Ministry of Commerce", Gov},
    {"gac", "the General Administration of Customs", Gov},
    {"ndrc", "the National Development and Reform Commission", Gov},
    {"mnr", "the Ministry of Natural Resources", Gov},
    {"sasac", "the State-owned Assets Supervision and Administration Commission", Gov},
    {"state-council", "the State Council", Gov},
    {"sac", "the Standardization Administration of China", Gov},
    {"samr", "the State Administration for Market Regulation", Gov},
    {"mee", "the Ministry of Ecology and Environment", Gov},
    {"us-dod", "the US Department of Defense", ForeignGov},
    {"us-doe", "the US Department of Energy", ForeignGov},
    {"us-bis", "the US Bureau of Industry and Security", ForeignGov},
    {"european-commission", "the European Commission", ForeignGov},
    {"australian-government", "the Australian government", ForeignGov},
    {"jogmec", "JOGMEC", ForeignGov},
    {"northern-rare-earth", "China Northern Rare Earth", CnFirm},
    {"baogang-group", "Baogang Group", CnFirm},
    {"china-rare-earth-group", "China Rare Earth Group", CnFirm},
    {"china-southern-rare-earth", "China Southern Rare Earth Group", CnFirm},
    {"chinalco", "Aluminum Corporation of China", CnFirm},
    {"china-minmetals", "China Minmetals Corporation", CnFirm},
    {"ganzhou-rare-earth-group", "Ganzhou Rare Earth Group", CnFirm},
    {"xiamen-tungsten", "Xiamen Tungsten", CnFirm},
    {"guangdong-rare-earth", "Guangdong Rare Earth Industry Group", CnFirm},
    {"shenghe-resources", "Shenghe Resources", CnFirm},
    {"jl-mag", "JL Mag", CnFirm},
    {"zhong-ke-san-huan", "Zhong Ke San Huan", CnFirm},
    {"ningbo-yunsheng", "Ningbo Yunsheng", CnFirm},
    {"china-mobile", "China Mobile", CnFirm},
    {"china-mobile-inner-mongolia", "China Mobile Inner Mongolia", CnFirm},
    {"cisri", "China Iron & Steel Research Institute Group", CnFirm},
    {"grinm", "GRINM Group", CnFirm},
    {"guangsheng-nonferrous", "Rising Nonferrous Metals", CnFirm},
    {"jiangxi-copper", "Jiangxi Copper", CnFirm},
    {"cnmc", "China Nonferrous Metal Mining Group", CnFirm},
    {"zijin-mining", "Zijin Mining", CnFirm},
    {"cmoc", "CMOC", CnFirm},
    {"catl", "CATL", CnFirm},
    {"byd", "BYD", CnFirm},
    {"baotou-rare-earth-research-institute", "the Baotou Research Institute of Rare Earths", CnFirm},
    {"creia", "the China Rare Earth Industry Association", Assoc},
    {"csre", "the Chinese Society of Rare Earths", Assoc},
    {"caam", "the China Association of Automobile Manufacturers", Assoc},
    {"smm", "Shanghai Metals Market", Assoc},
    {"mp-materials", "MP Materials", Foreign},
    {"lynas", "Lynas Rare Earths", Foreign},
    {"iluka", "Iluka Resources", Foreign},
    {"arafura", "Arafura Rare Earths", Foreign},
    {"neo-performance", "Neo Performance Materials", Foreign},
    {"noveon", "Noveon Magnetics", Foreign},
    {"solvay", "Solvay", Foreign},
    {"energy-fuels", "Energy Fuels", Foreign},
    {"usa-rare-earth", "USA Rare Earth", Foreign},
    {"general-motors", "General Motors", Foreign},
    {"tesla", "Tesla", Foreign},
    {"vulcan-elements", "Vulcan Elements", Foreign},
    {"sojitz", "Sojitz", Foreign},
    {"vietnam-rare-earth", "Vietnam Rare Earth JSC", Foreign},
    {"usgs", "the US Geological Survey", ForeignGov},
}};

constexpr int orgIndex(const char* key)
{
    for (size_t i = 0; i < kOrgs.size(); ++i) {
        const char* a = kOrgs[i].key;
        const char* b = key;
        while (*a && *a == *b) { ++a; ++b; }
        if (*a == *b) return int(i);
    }
    return -1;
}
constexpr int kMiit = orgIndex("miit"), kMofcom = orgIndex("mofcom"), kGac = orgIndex("gac"), kMnr = orgIndex("mnr"),
              kSasac = orgIndex("sasac"), kSac = orgIndex("sac"), kNorthern = orgIndex("northern-rare-earth"),
              kSouthern = orgIndex("china-southern-rare-earth");
static_assert(kMiit >= 0 && kMofcom >= 0 && kGac >= 0 && kMnr >= 0 && kSasac >= 0 && kSac >= 0 && kNorthern >= 0 &&
              kSouthern >= 0);

constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<const char*, 4> kQuarters = {"first", "second", "third", "fourth"};
constexpr std::array<const char*, 14> kMaterials = {
    "praseodymium-neodymium oxide", "neodymium metal", "dysprosium oxide", "terbium oxide", "gallium",
    "germanium", "antimony", "natural flake graphite", "synthetic graphite", "tungsten concentrate",
    "lanthanum oxide", "NdFeB magnet blocks", "samarium cobalt magnets", "ion-adsorption clay concentrate"};
constexpr std::array<const char*, 10> kChinaPlaces = {"Baotou", "Ganzhou", "Longnan", "Sichuan", "Inner Mongolia",
                                                      "Jiangxi", "Guangdong", "Fujian", "Yunnan", "Hunan"};
constexpr std::array<const char*, 6> kForeignPlaces = {"Kuantan", "Kalgoorlie", "Mountain Pass", "Fort Worth",
                                                       "Western Australia", "Texas"};
constexpr std::array<const char*, 10> kTopics = {
    "magnet recycling", "5G-connected smart mines", "heavy rare earth separation", "tailings reprocessing",
    "permanent magnet motors", "traceability of ore shipments", "low-carbon smelting", "battery anode materials",
    "ionic clay leaching trials", "digital supply-chain monitoring"};
// Invented people: appointments in synthetic reports must not be mistaken for real ones.
constexpr std::array<const char*, 8> kChinesePeople = {"Zhang Wenbo", "Li Huimin",   "Wang Jiankang", "Chen Yutong",
                                                       "Liu Shaoqing", "Zhao Ruilin", "Sun Mingde",    "Gao Yiran"};
constexpr std::array<const char*, 6> kWesternPeople = {"Sarah Kettering", "David Okafor", "Emma Lindqvist",
                                                       "Tomas Reyes",     "Hannah Brookes", "Owen Marsh"};
constexpr std::array<const char*, 5> kPosts = {"general manager", "chairman", "chief financial officer",
                                               "deputy general manager", "president"};
constexpr std::array<const char*, 24> kFillers = {
    "Traders described the spot market as quiet, with buyers covering only immediate needs.",
    "Magnet makers said downstream orders from wind turbine and electric vehicle producers remained steady.",
    "Several smaller separation plants were reported to be running below capacity because feedstock was scarce.",
    "Market participants expect official data to give a clearer picture of supply over the coming weeks.",
    "Some exporters said paperwork for shipments now takes longer than it did a year earlier.",
    "Analysts noted that inventories held by metal makers were lower than usual for the season.",
    "Freight costs on routes between East Asia and Europe were little changed.",
    "Industry sources said environmental inspections continued to weigh on output in several provinces.",
    "Consumers outside China are still looking for alternative sources of separated oxides.",
    "The figures could not be independently checked and are included here only as generated filler.",
    "Prices for cerium products stayed flat, reflecting ample supply of the lighter elements.",
    "Several buyers said they would wait for the next round of official announcements before committing.",
    "Demand from makers of industrial motors was described as stable but unspectacular.",
    "Recycling of magnet scrap continued to grow, although it still covers a small share of demand.",
    "A few buyers in Europe said they had built up stocks to cover several months of production.",
    "Some separation plants were said to be switching feedstock to cut costs.",
    "Weather disrupted trucking in parts of the north for several days, delaying some deliveries.",
    "Several research groups are testing magnet designs that use less dysprosium.",
    "Spot liquidity was thin, and many quotes reflected offers rather than completed deals.",
    "Currency moves made imported concentrate slightly more expensive for Chinese processors.",
    "Market watchers said the spread between oxide and metal prices had narrowed.",
    "Producers of lanthanum and cerium continued to struggle with surplus stocks.",
    "Shipping schedules out of the main ports returned to normal after a brief delay.",
    "Buyers in Japan and Korea were reported to be negotiating longer-term contracts."};

// SplitMix64: tiny, fast and identical on every platform (std distributions are not).
class Rng final {
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    template <typename A> const char* pick(const A& a) { return a[static_cast<size_t>(below(int(a.size())))]; }

private:
    quint64 m_state;
};

quint64 mixSeed(quint32 seed, quint64 stream, quint64 index)
{
    Rng r((quint64(seed) << 32) ^ (stream * 0xD1B54A32D192ED03ULL) ^ index);
    return r.next();
}

QLatin1String L(const char* s) { return QLatin1String(s); }

int pickOrg(Rng& rng, int kindA, int kindB = -1)
{
    for (;;) {
        const int i = rng.below(int(kOrgs.size()));
        if (kOrgs[size_t(i)].kind == kindA || kOrgs[size_t(i)].kind == kindB) return i;
    }
}

int pickOtherOrg(Rng& rng, int notThis, int kindA, int kindB = -1)
{
    for (;;) {
        const int i = pickOrg(rng, kindA, kindB);
        if (i != notThis) return i;
    }
}

QString capitalised(QString s)
{
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

// One generated happening: what forEachEvent emits and what reports() writes as a sentence.
struct Spec {
    Category category = Category::Other;
    DateSpan date;
    std::array<int, 3> orgs{{-1, -1, -1}};
    int orgCount = 0;
    QString head;  // "China Mobile signed a strategic cooperation agreement with Baogang Group"
    QString tail;  // " on magnet recycling" (may be empty); the date goes between head and tail when trailing
    QString title;
};

DateSpan randomDate(Rng& rng, QDate around)
{
    const int roll = rng.below(100);
    QDate d = around.addDays(rng.between(-400, 400));
    if (d.year() < 2005) d = QDate(2005, d.month(), 1);
    if (d > QDate(2025, 12, 31)) d = QDate(2025, d.month(), 1);
    if (roll < 60) return DateSpan::day(d, QStringLiteral("synthetic"));
    if (roll < 85) return DateSpan::month(d.year(), d.month(), QStringLiteral("synthetic"));
    if (roll < 93) return DateSpan::quarter(d.year(), (d.month() - 1) / 3 + 1, QStringLiteral("synthetic"));
    return DateSpan::year(d.year(), QStringLiteral("synthetic"));
}

// Date phrase; leading == true gives "On March 4, 2019," style openers.
QString datePhrase(const DateSpan& s, bool leading, bool dayFirst)
{
    const QDate d = s.start;
    const QString y = QString::number(d.year());
    const QLatin1String month = L(kMonths[size_t(d.month() - 1)]);
    QString out;
    switch (s.precision) {
    case Precision::Day:
        out = leading ? QStringLiteral("On ") : QStringLiteral("on ");
        if (dayFirst)
            out += QString::number(d.day()) % QLatin1Char(' ') % month % QLatin1Char(' ') % y;
        else
            out += month % QLatin1Char(' ') % QString::number(d.day()) % QLatin1String(", ") % y;
        break;
    case Precision::Month:
        out = (leading ? QStringLiteral("In ") : QStringLiteral("in ")) % month % QLatin1Char(' ') % y;
        break;
    case Precision::Quarter:
        out = (leading ? QStringLiteral("In the ") : QStringLiteral("in the ")) %
              L(kQuarters[size_t((d.month() - 1) / 3)]) % QLatin1String(" quarter of ") % y;
        break;
    case Precision::Year:
        out = (leading ? QStringLiteral("In ") : QStringLiteral("in ")) % y;
        break;
    }
    if (leading) out += QLatin1Char(',');
    return out;
}

// 91500 -> "91,500"
QString grouped(int n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

constexpr std::array<const char*, 4> kQuotaHolders = {"china-rare-earth-group", "northern-rare-earth",
                                                      "xiamen-tungsten", "guangdong-rare-earth"};

Spec makeSpec(Rng& rng, QDate around)
{
    Spec s;
    s.category = static_cast<Category>(rng.below(kCategoryCount));
    s.date = randomDate(rng, around);
    const QLatin1String mat = L(rng.pick(kMaterials));
    auto name = [](int i) { return L(kOrgs[size_t(i)].name); };
    auto foreign = [](int i) { return kOrgs[size_t(i)].kind == Foreign || kOrgs[size_t(i)].kind == ForeignGov; };
    auto setOrgs = [&s](int a, int b = -1, int c = -1) {
        s.orgs = {{a, b, c}};
        s.orgCount = (a >= 0) + (b >= 0) + (c >= 0);
    };
    switch (s.category) {
    case Category::PartyDirective: {
        const int a = pickOrg(rng, CnFirm);
        setOrgs(a);
        s.head = QLatin1String("the Party committee of ") % name(a) % QLatin1String(" held a study session");
        s.tail = QLatin1String(" to learn and implement the central leadership's instructions on securing strategic "
                               "mineral resources");
        s.title = capitalised(name(a)) % QLatin1String(" Party committee studies instructions on strategic minerals");
        break;
    }
    case Category::PolicyRegulation: {
        const int a = pickOrg(rng, Gov);
        setOrgs(a);
        s.head = name(a) % QLatin1String(" issued interim measures on ") % mat % QLatin1String(" mining");
        s.tail = QLatin1String(", tightening approval rules for new projects");
        s.title = capitalised(name(a)) % QLatin1String(" issues interim measures on ") % mat;
        break;
    }
    case Category::ExportControl: {
        const int a = rng.below(3) == 0 ? kGac : kMofcom;
        setOrgs(a);
        s.head = name(a) % QLatin1String(" announced export controls on ") % mat % QLatin1String(" items");
        s.tail = QLatin1String(", so that shipments abroad now require a licence");
        s.title = capitalised(name(a)) % QLatin1String(" announces export controls on ") % mat;
        break;
    }
    case Category::ProductionQuota: {
        const int a = rng.below(2) == 0 ? kMiit : kMnr;
        const int b = orgIndex(rng.pick(kQuotaHolders));
        setOrgs(a, b);
        const QString tonnes = grouped(rng.between(60, 280) * 500);
        s.head = name(a) % QLatin1String(" set the mining quota for rare earths at ") % tonnes % QLatin1String(" tonnes");
        s.tail = QLatin1String(", with the largest share allocated to ") % name(b);
        s.title = capitalised(name(a)) % QLatin1String(" sets rare earth mining quota at ") % tonnes % QLatin1String(" t");
        break;
    }
    case Category::Partnership: {
        const int a = pickOrg(rng, CnFirm, Foreign);
        const int b = pickOtherOrg(rng, a, CnFirm, Foreign);
        setOrgs(a, b);
        s.head = name(a) % QLatin1String(" signed a strategic cooperation agreement with ") % name(b);
        s.tail = QLatin1String(" covering ") % L(rng.pick(kTopics));
        s.title = capitalised(name(a)) % QLatin1String(" and ") % name(b) % QLatin1String(" sign cooperation agreement");
        break;
    }
    case Category::StandardsMilestone: {
        const int a = rng.below(2) == 0 ? kSac : pickOrg(rng, Assoc);
        const int b = pickOrg(rng, CnFirm);
        setOrgs(a, b);
        s.head = name(a) % QLatin1String(" issued the national standard for ") % mat % QLatin1String(" test methods");
        s.tail = QLatin1String(", drafted with ") % name(b);
        s.title = capitalised(name(a)) % QLatin1String(" issues standard for ") % mat;
        break;
    }
    case Category::InvestmentProject: {
        const int a = pickOrg(rng, CnFirm, Foreign);
        setOrgs(a);
        const QLatin1String place = L(foreign(a) ? rng.pick(kForeignPlaces) : rng.pick(kChinaPlaces));
        s.head = name(a) % QLatin1String(" announced a ") % QString::number(rng.between(5, 120) * 10) %
                 QLatin1String(" million dollar investment in a ") % mat % QLatin1String(" plant in ") % place;
        s.tail = QLatin1String(", with construction planned over two years");
        s.title = capitalised(name(a)) % QLatin1String(" announces plant in ") % place;
        break;
    }
    case Category::MarketPrice: {
        const int a = rng.below(3) == 0 ? kSouthern : kNorthern;
        setOrgs(a);
        const bool up = rng.below(2) == 0;
        const QString price = grouped(rng.between(40, 900) * 1000);
        s.head = name(a) % (up ? QLatin1String(" raised its list price for ") : QLatin1String(" cut its list price for ")) %
                 mat % QLatin1String(" to ") % price % QLatin1String(" yuan per tonne");
        s.title = capitalised(name(a)) % (up ? QLatin1String(" raises ") : QLatin1String(" cuts ")) % mat %
                  QLatin1String(" list price");
        break;
    }
    case Category::CorporateRestructuring: {
        const int a = pickOrg(rng, CnFirm);
        const int b = pickOtherOrg(rng, a, CnFirm);
        const int c = rng.below(2) == 0 ? kSasac : -1;
        setOrgs(a, b, c);
        s.head = name(a) % QLatin1String(" completed the merger of its smelting assets with ") % name(b);
        if (c >= 0) s.tail = QLatin1String(" under the supervision of ") % name(c);
        s.title = capitalised(name(a)) % QLatin1String(" completes merger with ") % name(b);
        break;
    }
    case Category::Personnel: {
        const int a = pickOrg(rng, CnFirm, Foreign);
        setOrgs(a);
        const QLatin1String person = L(foreign(a) ? rng.pick(kWesternPeople) : rng.pick(kChinesePeople));
        const QLatin1String post = L(rng.pick(kPosts));
        s.head = name(a) % QLatin1String(" appointed ") % person % QLatin1String(" as its ") % post;
        s.title = capitalised(name(a)) % QLatin1String(" appoints ") % person % QLatin1Char(' ') % post;
        break;
    }
    case Category::Other: {
        const int a = pickOrg(rng, Assoc, CnFirm);
        setOrgs(a);
        s.head = name(a) % QLatin1String(" published figures showing that stocks of ") % mat %
                 QLatin1String(" in ") % L(rng.pick(kChinaPlaces)) % QLatin1String(" had fallen");
        s.tail = QLatin1String(" to their lowest level in two years");
        s.title = capitalised(name(a)) % QLatin1String(" reports low ") % mat % QLatin1String(" stocks");
        break;
    }
    }
    return s;
}

QString sentenceFor(const Spec& s, Rng& rng)
{
    const bool leading = rng.below(10) < 7;
    const bool dayFirst = rng.below(4) == 0;
    if (leading) return datePhrase(s.date, true, dayFirst) % QLatin1Char(' ') % s.head % s.tail % QLatin1Char('.');
    return capitalised(s.head) % QLatin1Char(' ') % datePhrase(s.date, false, dayFirst) % s.tail % QLatin1Char('.');
}

QDate randomAnchor(Rng& rng)
{
    // Anchor inside 2006-2024 so that +-400 days stays within 2005-2025.
    return QDate(2006, 1, 1).addDays(rng.below(365 * 19));
}

} // namespace

QString SyntheticCorpus::titlePrefix() { return QStringLiteral("[Synthetic] "); }
QString SyntheticCorpus::publisherName() { return QStringLiteral("Lodestone synthetic corpus"); }

ParsedDocument SyntheticCorpus::report(int index, quint32 seed)
{
    Rng rng(mixSeed(seed, 1, quint64(index)));
    const QDate anchor = randomAnchor(rng);
    const int eventCount = rng.between(5, 10);
    const int target = rng.between(3700, 4400);

    QList<Spec> specs;
    specs.reserve(eventCount);
    QDate latest = anchor.addDays(-400);
    for (int i = 0; i < eventCount; ++i) {
        specs.append(makeSpec(rng, anchor));
        if (specs.last().date.end > latest) latest = specs.last().date.end;
    }

    // Event sentences first, then enough filler to reach the target size; events are spread evenly through it.
    QStringList eventSentences;
    qsizetype eventChars = 0;
    for (const Spec& s : specs) {
        eventSentences << sentenceFor(s, rng);
        eventChars += eventSentences.last().size() + 1;
    }
    QStringList fillers;
    qsizetype fillerChars = 0;
    int lastFiller = -1;
    while (eventChars + fillerChars < target) {
        int f = rng.below(int(kFillers.size()));
        if (f == lastFiller) f = (f + 1) % int(kFillers.size());
        lastFiller = f;
        fillers << QLatin1String(kFillers[size_t(f)]);
        fillerChars += fillers.last().size() + 1;
    }
    const qsizetype total = eventSentences.size() + fillers.size();
    QString text;
    text.reserve(eventChars + fillerChars + 200);
    int sentencesInParagraph = 0;
    int paragraphLength = rng.between(3, 5);
    qsizetype nextEvent = 0;
    qsizetype nextFiller = 0;
    for (qsizetype i = 0; i < total; ++i) {
        // Event j sits at position floor((j + 0.5) * total / eventCount).
        const bool eventHere = nextEvent < eventSentences.size() &&
                               (i >= (2 * nextEvent + 1) * total / (2 * eventSentences.size()) ||
                                nextFiller >= fillers.size());
        const QString& sentence = eventHere ? eventSentences[nextEvent++] : fillers[nextFiller++];
        if (!text.isEmpty()) text += sentencesInParagraph == 0 ? QLatin1String("\n\n") : QLatin1String(" ");
        text += sentence;
        if (++sentencesInParagraph >= paragraphLength) {
            sentencesInParagraph = 0;
            paragraphLength = rng.between(3, 5);
        }
    }
    text += QLatin1String("\n\nThis report was generated by Lodestone for benchmarking; its events are fictional.\n");

    ParsedDocument doc;
    doc.title = titlePrefix() + specs.first().title;
    doc.publisher = publisherName();
    doc.url = QStringLiteral("synthetic://lodestone/%1/%2").arg(seed).arg(index);
    doc.language = QStringLiteral("en");
    const QDate published = qMin(latest.addDays(rng.between(1, 20)), QDate(2025, 12, 31));
    doc.published = DateSpan::day(published, QStringLiteral("synthetic"));
    doc.text = std::move(text);
    doc.sourceEncoding = QStringLiteral("UTF-8");
    doc.sourcePath = QStringLiteral("synthetic:%1:%2").arg(seed).arg(index);
    doc.format = QStringLiteral("text");
    return doc;
}

QList<ParsedDocument> SyntheticCorpus::reports(int count, quint32 seed)
{
    QList<ParsedDocument> out;
    out.reserve(qMax(0, count));
    for (int i = 0; i < count; ++i)
        out.append(report(i, seed));
    return out;
}

void SyntheticCorpus::forEachEvent(qint64 count, quint32 seed,
                                   const std::function<void(const ExtractedEvent&, int reportIndex)>& fn)
{
    if (!fn || count <= 0) return;
    static const std::array<QLatin1String, 4> kRoles = {QLatin1String("actor"), QLatin1String("partner"),
                                                        QLatin1String("subject"), QLatin1String("mentioned")};
    Rng rng(mixSeed(seed, 2, 0));
    int reportIndex = 0;
    int leftInReport = rng.between(5, 10);
    QDate anchor = randomAnchor(rng);
    ExtractedEvent ev;
    for (qint64 n = 0; n < count; ++n) {
        if (leftInReport == 0) {
            ++reportIndex;
            leftInReport = rng.between(5, 10);
            anchor = randomAnchor(rng);
        }
        --leftInReport;
        Spec s = makeSpec(rng, anchor);
        ev.category = s.category;
        ev.date = s.date;
        ev.organisations.clear();
        for (int i = 0; i < s.orgCount; ++i) {
            const OrgDef& o = kOrgs[size_t(s.orgs[size_t(i)])];
            const QLatin1String role = i == 0 ? kRoles[0] : (o.kind == Gov ? QLatin1String("regulator") : kRoles[size_t(i)]);
            ev.organisations.append(EventOrgRole{QLatin1String(o.key), role});
        }
        ev.people.clear();
        ev.title = std::move(s.title);
        ev.evidence.quote = sentenceFor(s, rng);
        ev.evidence.start = 0;
        ev.evidence.end = int(ev.evidence.quote.size());
        ev.evidence.reportId = 0;
        ev.summary = capitalised(s.head + s.tail) + QLatin1Char('.');
        ev.confidence = 0.5 + rng.below(50) / 100.0;
        fn(ev, reportIndex);
    }
}

QStringList SyntheticCorpus::organisationKeys()
{
    QStringList out;
    out.reserve(int(kOrgs.size()));
    for (const OrgDef& o : kOrgs)
        out << QLatin1String(o.key);
    return out;
}

QString SyntheticCorpus::organisationName(const QString& key)
{
    for (const OrgDef& o : kOrgs)
        if (key == QLatin1String(o.key)) return QLatin1String(o.name);
    return {};
}

} // namespace lodestone
