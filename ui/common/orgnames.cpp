#include "orgnames.h"

#include "model/organisation.h"

#include <QSettings>
#include <atomic>

namespace lodestone {

namespace {

const QString kSettingsKey = QStringLiteral("ui/orgNames");
std::atomic<int> g_mode{-1}; // -1: not read from QSettings yet

} // namespace

QString OrgNames::display(const QString& nameEn, const QString& nameZh, OrgNameMode mode)
{
    const QString en = nameEn.trimmed();
    const QString zh = nameZh.trimmed();
    if (en.isEmpty())
        return zh;
    if (zh.isEmpty() || zh == en)
        return en;
    switch (mode) {
    case OrgNameMode::English: return en;
    case OrgNameMode::Chinese: return zh;
    case OrgNameMode::Both: break;
    }
    return en + QLatin1Char(' ') + zh;
}

QString OrgNames::display(const Organisation& org)
{
    return display(org.nameEn, org.nameZh);
}

OrgNameMode OrgNames::mode()
{
    int m = g_mode.load();
    if (m < 0) {
        m = static_cast<int>(fromKey(QSettings().value(kSettingsKey).toString()).value_or(OrgNameMode::Both));
        int expected = -1;
        g_mode.compare_exchange_strong(expected, m);
        m = g_mode.load();
    }
    return static_cast<OrgNameMode>(m);
}

void OrgNames::setMode(OrgNameMode mode, bool remember)
{
    const OrgNameMode previous = OrgNames::mode(); // loads the saved setting first
    if (remember)
        QSettings().setValue(kSettingsKey, key(mode));
    g_mode.store(static_cast<int>(mode));
    if (previous != mode)
        emit notifier()->modeChanged(mode);
}

OrgNames* OrgNames::notifier()
{
    static OrgNames* instance = new OrgNames; // deliberately never deleted: connections may outlive main()
    return instance;
}

QString OrgNames::key(OrgNameMode mode)
{
    switch (mode) {
    case OrgNameMode::English: return QStringLiteral("en");
    case OrgNameMode::Chinese: return QStringLiteral("zh");
    case OrgNameMode::Both: break;
    }
    return QStringLiteral("both");
}

std::optional<OrgNameMode> OrgNames::fromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("en") || k == QLatin1String("english"))
        return OrgNameMode::English;
    if (k == QLatin1String("zh") || k == QLatin1String("chinese") || k == QLatin1String("zh_cn"))
        return OrgNameMode::Chinese;
    if (k == QLatin1String("both"))
        return OrgNameMode::Both;
    return std::nullopt;
}

} // namespace lodestone
