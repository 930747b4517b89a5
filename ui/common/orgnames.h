#pragma once
// How organisation names are shown everywhere (timeline lanes, tables, detail panels, charts, exports):
// English, Chinese or both ("Baogang Group 包钢集团"). The formatters are usable from any thread; the
// process-wide mode is read from / saved to QSettings ("ui/orgNames"), and notifier() lives on the GUI thread.
#include <QObject>
#include <QString>
#include <optional>

namespace lodestone {

struct Organisation;

enum class OrgNameMode : int { English = 0, Chinese, Both };

class OrgNames final : public QObject {
    Q_OBJECT
public:
    // The name in `mode`, falling back to the other language when one is missing; "Both" shows one name when
    // the two are equal or one is empty.
    static QString display(const QString& nameEn, const QString& nameZh, OrgNameMode mode);
    static QString display(const QString& nameEn, const QString& nameZh) { return display(nameEn, nameZh, mode()); }
    static QString display(const Organisation& org);

    // The current mode: set by setMode(), else the saved setting, else Both.
    static OrgNameMode mode();
    // Changes the mode for the whole process; `remember` also saves it in QSettings. Emits
    // notifier()->modeChanged() when the mode changes.
    static void setMode(OrgNameMode mode, bool remember = true);
    static OrgNames* notifier();

    static QString key(OrgNameMode mode); // "en", "zh", "both" (settings and the command line)
    static std::optional<OrgNameMode> fromKey(const QString& key);

signals:
    void modeChanged(lodestone::OrgNameMode mode);

private:
    OrgNames() = default;
};

} // namespace lodestone
