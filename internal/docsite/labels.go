package docsite

import "rolelens/engine/i18n"

// The docs' own interface words (ui.*) and the reference pages' words
// (ref.*). Every platform label (levels, actions, entities, permissions)
// comes from engine/i18n, the catalogue the playground and the CLI use.

var labels = map[string]map[string]string{
	"en": {
		"ui.docs": "Docs", "ui.playground": "Playground", "ui.search": "Search the docs", "ui.toc": "On this page",
		"ui.nav": "Pages", "ui.lang": "Language", "ui.open": "Open in playground", "ui.user": "User", "ui.entity": "Entity",
		"ui.stage": "stage", "ui.status": "status", "ui.admin": "Administrator: every right", "ui.extranet": "Extranet user: no CRM",
		"ui.norole": "No role: no CRM access", "ui.noaccess": "Reads nothing: no CRM access", "ui.settings": "may edit settings",
		"ui.crm": "CRM", "ui.telephony": "Telephony", "ui.tasks": "Tasks", "ui.disk": "Disk", "ui.records": "Records",
		"ui.module": "Module", "ui.role": "Role", "ui.notasks": "No task rights", "ui.tests": "Tests of this configuration: %d passed.", "ui.skip": "Skip to content",
		"ui.missing":  "This page is not translated yet. You are reading the English original.",
		"ui.outdated": "The English original of this page has changed since this translation was made.",
		"ui.original": "Read the English original", "ui.noresults": "No results",
		"ref.format": "Configuration format", "ref.bitrix": "Bitrix24 configuration", "ref.vtiger": "vtiger configuration",
		"ref.key": "Key", "ref.type": "Type", "ref.required": "Required", "ref.doc": "Meaning", "ref.yes": "yes",
		"ref.anykey": "any", "ref.diag": "Diagnostics", "ref.lint": "Lint findings", "ref.severity": "Severity",
		"ref.example": "Example", "ref.reports": "rolelens reports:", "ref.noexample": "No small example: the limit is far above any example.",
		"ref.error": "error", "ref.fix": "Fix", "ref.warning": "warning", "ref.info": "information",
	},
	"de": {
		"ui.docs": "Doku", "ui.playground": "Playground", "ui.search": "Dokumentation durchsuchen", "ui.toc": "Auf dieser Seite",
		"ui.nav": "Seiten", "ui.lang": "Sprache", "ui.open": "Im Playground öffnen", "ui.user": "Nutzer", "ui.entity": "Element",
		"ui.stage": "Phase", "ui.status": "Status", "ui.admin": "Administrator: alle Rechte", "ui.extranet": "Extranet-Nutzer: kein CRM",
		"ui.norole": "Keine Rolle: kein CRM-Zugriff", "ui.noaccess": "Liest nichts: kein CRM-Zugriff", "ui.settings": "darf Einstellungen bearbeiten",
		"ui.crm": "CRM", "ui.telephony": "Telefonie", "ui.tasks": "Aufgaben", "ui.disk": "Drive", "ui.records": "Datensätze",
		"ui.module": "Modul", "ui.role": "Rolle", "ui.notasks": "Keine Aufgabenrechte", "ui.tests": "Tests dieser Konfiguration: %d bestanden.", "ui.skip": "Zum Inhalt springen",
		"ui.missing":  "Diese Seite ist noch nicht übersetzt. Sie lesen das englische Original.",
		"ui.outdated": "Das englische Original dieser Seite wurde seit dieser Übersetzung geändert.",
		"ui.original": "Zum englischen Original", "ui.noresults": "Keine Treffer",
		"ref.format": "Konfigurationsformat", "ref.bitrix": "Bitrix24-Konfiguration", "ref.vtiger": "vtiger-Konfiguration",
		"ref.key": "Schlüssel", "ref.type": "Typ", "ref.required": "Pflicht", "ref.doc": "Bedeutung", "ref.yes": "ja",
		"ref.anykey": "beliebig", "ref.diag": "Diagnosen", "ref.lint": "Lint-Befunde", "ref.severity": "Schwere",
		"ref.example": "Beispiel", "ref.reports": "rolelens meldet:", "ref.noexample": "Kein kleines Beispiel: die Grenze liegt weit über jedem Beispiel.",
		"ref.error": "Fehler", "ref.fix": "Abhilfe", "ref.warning": "Warnung", "ref.info": "Hinweis",
	},
	"ru": {
		"ui.docs": "Документация", "ui.playground": "Песочница", "ui.search": "Поиск по документации", "ui.toc": "На этой странице",
		"ui.nav": "Страницы", "ui.lang": "Язык", "ui.open": "Открыть в песочнице", "ui.user": "Пользователь", "ui.entity": "Сущность",
		"ui.stage": "стадия", "ui.status": "статус", "ui.admin": "Администратор: все права", "ui.extranet": "Пользователь экстранета: нет CRM",
		"ui.norole": "Нет роли: нет доступа к CRM", "ui.noaccess": "Ничего не читает: нет доступа к CRM", "ui.settings": "может изменять настройки",
		"ui.crm": "CRM", "ui.telephony": "Телефония", "ui.tasks": "Задачи", "ui.disk": "Диск", "ui.records": "Записи",
		"ui.module": "Модуль", "ui.role": "Роль", "ui.notasks": "Нет прав на задачи", "ui.tests": "Тесты этой конфигурации: пройдено %d.", "ui.skip": "Перейти к содержанию",
		"ui.missing":  "Эта страница ещё не переведена. Вы читаете английский оригинал.",
		"ui.outdated": "Английский оригинал этой страницы изменился после того, как был сделан перевод.",
		"ui.original": "Читать английский оригинал", "ui.noresults": "Ничего не найдено",
		"ref.format": "Формат конфигурации", "ref.bitrix": "Конфигурация Bitrix24", "ref.vtiger": "Конфигурация vtiger",
		"ref.key": "Ключ", "ref.type": "Тип", "ref.required": "Обязателен", "ref.doc": "Значение", "ref.yes": "да",
		"ref.anykey": "любой", "ref.diag": "Диагностика", "ref.lint": "Замечания линтера", "ref.severity": "Важность",
		"ref.example": "Пример", "ref.reports": "rolelens сообщает:", "ref.noexample": "Без короткого примера: предел намного выше любого примера.",
		"ref.error": "ошибка", "ref.fix": "Как исправить", "ref.warning": "предупреждение", "ref.info": "сведение",
	},
}

// languageNames are shown in the language switcher, each in itself.
var languageNames = map[string]string{"en": "English", "de": "Deutsch", "ru": "Русский"}

// label returns the text of key in lang: the docs' own words from the map
// above, everything else from engine/i18n. Missing entries fall back to
// English and then to the key itself, so a gap shows but never breaks a
// page.
func label(lang, key string) string {
	if s, ok := labels[lang][key]; ok {
		return s
	}
	if s, ok := labels["en"][key]; ok {
		return s
	}
	return i18n.Label(lang, key)
}
