#pragma once
// The wire-service dateline that opens a news story: "SHANGHAI, Apr 13 (SMM) –", "Beijing, 2 February (Argus) —",
// "NANCHANG, Dec. 23 (Xinhua) --", "SMM, February 19:", "新华社北京12月23日电", "(北京29日讯)". It gives the
// day and month (sometimes only the day); the year must come from another date of the report.
// Pure functions, usable from any thread.
#include <QString>
#include <optional>

namespace lodestone {

struct WireDate final {
    int month = 0; // 1..12, 0 when the dateline gives only the day
    int day = 0;
    QString surface;
};

class WireDateline final {
public:
    // The dateline at the start of one of the first paragraphs of text, if any.
    static std::optional<WireDate> find(const QString& text);
};

} // namespace lodestone
