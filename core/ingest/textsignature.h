#pragma once
// A report's MinHash signature over word shingles (4-token windows of ASCII words and single Han characters,
// everything else ignored), so the same article saved with other bytes — another encoding, mojibake repaired
// or not, a longer or shorter cut — is recognised as a near-duplicate. Pure functions, usable from any thread.
#include <QByteArray>
#include <QString>
#include <array>

namespace lodestone {

struct TextSignature final {
    static constexpr int kHashes = 64;
    // LSH: 16 bands of 4 minhash values; sharing a whole band makes a candidate (a text of Jaccard similarity 0.8
    // with a stored one shares at least one band with probability 0.9998, one of 0.3 with 0.12)
    static constexpr int kRows = 4;
    static constexpr int kBands = kHashes / kRows;
    std::array<quint32, kHashes> minhash{};
    int shingles = 0; // distinct shingles seen (0: too short to compare)

    bool isEmpty() const { return shingles == 0; }
    // The band's four values as one 63-bit key (stored in an INTEGER column).
    quint64 band(int b) const
    {
        quint64 h = 1469598103934665603ULL;
        for (int r = 0; r < kRows; ++r) {
            h ^= minhash[static_cast<size_t>(b * kRows + r)];
            h *= 1099511628211ULL;
        }
        return h >> 1;
    }
    QByteArray toBlob() const;
    static TextSignature fromBlob(const QByteArray& blob);
};

class TextSignatures final {
public:
    static constexpr int kMinShingles = 20; // shorter texts are never called near-duplicates

    static TextSignature of(const QString& text);
    // Estimated Jaccard similarity of the two shingle sets (0..1).
    static double jaccard(const TextSignature& a, const TextSignature& b);
    // Estimated share of the smaller text's shingles found in the other (1: one is a cut of the other).
    static double containment(const TextSignature& a, const TextSignature& b);
    // The same article: most of the smaller text is in the larger and they share a good part overall.
    static bool nearDuplicate(const TextSignature& a, const TextSignature& b);
    // The figures (runs of digits) of the shorter text all occur in the longer: a cut or a re-encoding of the same
    // article keeps its numbers; another month's report written from the same template does not.
    static bool sameFigures(const QString& a, const QString& b);
};

} // namespace lodestone
