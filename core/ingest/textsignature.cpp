#include "textsignature.h"

#include <QHash>

#include <QDataStream>
#include <QtEndian>
#include <QIODevice>
#include <QSet>
#include <algorithm>

namespace lodestone {

namespace {

constexpr int kShingle = 4;

quint64 mix(quint64 x) // splitmix64
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

bool isHan(char16_t c) { return c >= 0x3400 && c <= 0x9fff; }

} // namespace

QByteArray TextSignature::toBlob() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s << static_cast<qint32>(shingles);
    for (quint32 v : minhash) s << v;
    return out;
}

TextSignature TextSignature::fromBlob(const QByteArray& blob)
{
    // read as toBlob wrote it (little-endian 32-bit words), without a QDataStream: the near-duplicate lookup reads
    // one blob per candidate
    TextSignature sig;
    if (blob.size() != 4 * (1 + kHashes)) return sig;
    const uchar* p = reinterpret_cast<const uchar*>(blob.constData());
    sig.shingles = static_cast<int>(qFromLittleEndian<qint32>(p));
    for (int i = 0; i < kHashes; ++i)
        sig.minhash[static_cast<size_t>(i)] = qFromLittleEndian<quint32>(p + 4 * (i + 1));
    return sig;
}

TextSignature TextSignatures::of(const QString& text)
{
    TextSignature sig;
    // tokens: lower-case ASCII words and digits, single Han characters (FNV-1a hashes)
    std::vector<quint64> tokens;
    tokens.reserve(static_cast<size_t>(text.size() / 4));
    quint64 h = 0;
    bool inWord = false;
    auto flush = [&] {
        if (inWord) tokens.push_back(h);
        inWord = false;
    };
    for (QChar qc : text) {
        char16_t c = qc.unicode();
        if (c >= u'A' && c <= u'Z') c = static_cast<char16_t>(c - u'A' + u'a');
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (!inWord) h = 1469598103934665603ULL;
            h = (h ^ c) * 1099511628211ULL;
            inWord = true;
        } else if (isHan(c)) {
            flush();
            tokens.push_back(mix(c));
        } else {
            flush();
        }
    }
    flush();
    if (tokens.size() < static_cast<size_t>(kShingle)) return sig;
    QSet<quint64> seen;
    sig.minhash.fill(0xffffffffu);
    for (size_t i = 0; i + kShingle <= tokens.size(); ++i) {
        quint64 s = 0;
        for (int k = 0; k < kShingle; ++k) s = mix(s ^ tokens[i + static_cast<size_t>(k)]);
        if (seen.contains(s)) continue;
        seen.insert(s);
        for (int j = 0; j < TextSignature::kHashes; ++j) {
            const auto v = static_cast<quint32>(mix(s + static_cast<quint64>(j) * 0x632be59bd9b4e019ULL) >> 32);
            if (v < sig.minhash[static_cast<size_t>(j)]) sig.minhash[static_cast<size_t>(j)] = v;
        }
    }
    sig.shingles = static_cast<int>(seen.size());
    return sig;
}

double TextSignatures::jaccard(const TextSignature& a, const TextSignature& b)
{
    if (a.isEmpty() || b.isEmpty()) return 0.0;
    int same = 0;
    for (int j = 0; j < TextSignature::kHashes; ++j)
        if (a.minhash[static_cast<size_t>(j)] == b.minhash[static_cast<size_t>(j)]) ++same;
    return static_cast<double>(same) / TextSignature::kHashes;
}

double TextSignatures::containment(const TextSignature& a, const TextSignature& b)
{
    const double j = jaccard(a, b);
    if (j <= 0.0) return 0.0;
    const double shared = j * (a.shingles + b.shingles) / (1.0 + j);
    return std::min(1.0, shared / std::min(a.shingles, b.shingles));
}

bool TextSignatures::nearDuplicate(const TextSignature& a, const TextSignature& b)
{
    if (a.shingles < kMinShingles || b.shingles < kMinShingles) return false;
    return jaccard(a, b) >= 0.3 && containment(a, b) >= 0.8;
}

bool TextSignatures::sameFigures(const QString& a, const QString& b)
{
    auto figures = [](const QString& t) {
        QHash<QString, int> out;
        QString run;
        for (QChar c : t) {
            if (c.isDigit()) {
                run += c;
            } else if (!run.isEmpty()) {
                ++out[run];
                run.clear();
            }
        }
        // a run at the very end may be a number the cut went through: not counted
        return out;
    };
    const bool aShorter = a.size() <= b.size();
    const QHash<QString, int> small = figures(aShorter ? a : b);
    const QHash<QString, int> large = figures(aShorter ? b : a);
    for (auto it = small.cbegin(); it != small.cend(); ++it)
        if (large.value(it.key()) < it.value()) return false;
    return true;
}

} // namespace lodestone
