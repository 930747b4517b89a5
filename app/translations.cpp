#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <spdlog/spdlog.h>

namespace lodestone::app {

QString installTranslations(QCoreApplication& app, const QString& language)
{
    static QTranslator* own = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&own, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale = language.isEmpty() || language == QLatin1String("system") ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // English needs only its plural forms ("%n report(s)" -> "1 report", "3 reports").
        auto* plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral("lodestone_en"), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(plurals);
            own = plurals;
        } else {
            spdlog::warn("the English plural forms (lodestone_en.qm) are missing");
            delete plurals;
        }
        return QStringLiteral("en");
    }
    auto* mine = new QTranslator(&app);
    if (!mine->load(locale, QStringLiteral("lodestone"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        spdlog::info("no Lodestone translation for {}", locale.name().toStdString());
        delete mine;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(mine);
    own = mine;
    auto* base = new QTranslator(&app);
    if (base->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(base);
        qt = base;
    } else {
        delete base;
    }
    QLocale::setDefault(locale);
    return locale.name();
}

} // namespace lodestone::app
