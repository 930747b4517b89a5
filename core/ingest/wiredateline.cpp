#include "wiredateline.h"

#include "extract/datepatterns.h"

#include <QRegularExpression>

namespace lodestone {

namespace {

constexpr int kParagraphs = 8;
constexpr qsizetype kChars = 3000;

const QString kMonth = QStringLiteral(
    "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"
    "Nov(?:ember)?|Dec(?:ember)?)");

} // namespace

std::optional<WireDate> WireDateline::find(const QString& text)
{
    // PLACE, Month Day (AGENCY) – / PLACE, Day Month (AGENCY) — / AGENCY, Month Day:
    static const QRegularExpression en(
        QStringLiteral("^[(\\[]?(?:[A-Z][A-Za-z'.-]+(?:[ /][A-Z][A-Za-z'.-]+){0,3})\\s*,\\s*(?:") + kMonth +
        QStringLiteral("\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+") + kMonth +
        QStringLiteral(")(?:st|nd|rd|th)?\\.?\\s*(?:\\(([A-Za-z][A-Za-z .&-]{1,30})\\))?\\s*(?:[-–—]{1,2}|:|\\)|/)\\s*"));
    // 新华社北京12月23日电 / 中評社北京10月9日電 / (北京29日讯) / 本报北京3月5日讯
    static const QRegularExpression zh(QStringLiteral(
        "^[（(]?\\s*(?:[\\x{4e00}-\\x{9fff}]{1,12}?)?(?:(\\d{1,2})\\s*月)?\\s*(\\d{1,2})\\s*日\\s*(?:电|讯|電|訊)\\s*[)）]?"));
    int paragraphs = 0;
    for (qsizetype pos = 0; pos < text.size() && pos < kChars && paragraphs < kParagraphs;) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0) nl = text.size();
        const QString line = text.mid(pos, std::min<qsizetype>(nl - pos, 160)).trimmed();
        pos = nl + 1;
        if (line.isEmpty()) continue;
        ++paragraphs;
        if (const auto m = en.match(line); m.hasMatch()) {
            const bool monthFirst = !m.captured(1).isEmpty();
            // month names must be capitalised in running text
            const QString name = monthFirst ? m.captured(1) : m.captured(4);
            if (!name.front().isUpper()) continue;
            WireDate w;
            w.month = datepatterns::monthFromName(name);
            w.day = (monthFirst ? m.captured(2) : m.captured(3)).toInt();
            w.surface = m.captured(0).trimmed();
            if (w.month > 0 && QDate::isValid(2000, w.month, w.day)) return w;
            continue;
        }
        if (const auto m = zh.match(line); m.hasMatch()) {
            WireDate w;
            w.month = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
            w.day = m.captured(2).toInt();
            w.surface = m.captured(0).trimmed();
            if (w.day >= 1 && w.day <= 31 && w.month >= 0 && w.month <= 12 &&
                (w.month == 0 || QDate::isValid(2000, w.month, w.day)))
                return w;
        }
    }
    return std::nullopt;
}

} // namespace lodestone
