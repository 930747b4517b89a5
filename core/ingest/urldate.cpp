#include "urldate.h"

#include <QRegularExpression>
#include <QUrl>

namespace lodestone {

namespace {

bool plausible(int y, int m, int d, QDate notAfter)
{
    if (y < 1990 || y > 2100 || !QDate::isValid(y, m, d)) return false;
    return !notAfter.isValid() || QDate(y, m, d) <= notAfter;
}

} // namespace

std::optional<DateSpan> UrlDate::find(const QString& url, QDate notAfter)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty()) return std::nullopt;
    const QUrl u(trimmed, QUrl::TolerantMode);
    QString path = u.isValid() && !u.path().isEmpty() ? u.path() : trimmed;
    if (path.size() > 600) path.truncate(600);
    // segment boundaries: '/' or the path's ends; a date may also open a file name ("/20230707_123.html")
    struct Shape {
        const char* rule;
        QRegularExpression re;
        bool day;
    };
    static const Shape shapes[] = {
        // /t20230707_800336078.html, /t20230707-1.html (Chinese government and news sites)
        {"url:t-yyyymmdd", QRegularExpression(QStringLiteral("/t(\\d{4})(\\d{2})(\\d{2})[_-]")), true},
        // /2025-06-12/, /2025_06_12/, /2025.06.12/
        {"url:yyyy-mm-dd", QRegularExpression(QStringLiteral("/(\\d{4})([-_.])(\\d{2})\\2(\\d{2})(?=[/_.-]|$)")), true},
        // /2025/06/12/
        {"url:yyyy/mm/dd", QRegularExpression(QStringLiteral("/(\\d{4})/(\\d{1,2})/(\\d{1,2})(?=/|$)")), true},
        // /2023-03/06/
        {"url:yyyy-mm/dd", QRegularExpression(QStringLiteral("/(\\d{4})-(\\d{2})/(\\d{2})(?=/)")), true},
        // /2021/1223/
        {"url:yyyy/mmdd", QRegularExpression(QStringLiteral("/(\\d{4})/(\\d{2})(\\d{2})(?=/)")), true},
        // /20250612/, /20250612_1.html, /20250612.html
        {"url:yyyymmdd", QRegularExpression(QStringLiteral("/(\\d{4})(\\d{2})(\\d{2})(?=/|_|\\.s?html?|$)")), true},
        // /202307/ and /2024/11/ (a month)
        {"url:yyyymm", QRegularExpression(QStringLiteral("/(\\d{4})(\\d{2})(?=/)")), false},
        {"url:yyyy/mm", QRegularExpression(QStringLiteral("/(\\d{4})[/-](\\d{2})(?=/)")), false},
    };
    std::optional<DateSpan> month;
    for (const Shape& s : shapes) {
        auto it = s.re.globalMatch(path);
        while (it.hasNext()) {
            const auto m = it.next();
            const int y = m.captured(1).toInt();
            if (s.day) {
                const bool sep = m.lastCapturedIndex() == 4; // yyyy-mm-dd keeps its separator in group 2
                const int mo = (sep ? m.captured(3) : m.captured(2)).toInt();
                const int d = (sep ? m.captured(4) : m.captured(3)).toInt();
                if (plausible(y, mo, d, notAfter)) return DateSpan::day(QDate(y, mo, d), QString::fromLatin1(s.rule));
            } else if (!month) {
                const int mo = m.captured(2).toInt();
                if (plausible(y, mo, 1, notAfter)) month = DateSpan::month(y, mo, QString::fromLatin1(s.rule));
            }
        }
    }
    return month;
}

} // namespace lodestone
