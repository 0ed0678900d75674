package i18n

// labelsRU is the Russian catalogue. Keys and their order are the same in
// every language; see i18n.go for the key scheme.
var labelsRU = map[string]string{
	// CRM levels (SPEC 1.3), lowest first
	"level.crm.none":           "Нет доступа",
	"level.crm.own":            "Свои",
	"level.crm.department":     "Свои + своего отдела",
	"level.crm.subdepartments": "Свои + своего отдела + подотделов",
	"level.crm.open":           "Все открытые",
	"level.crm.all":            "Все",

	// Telephony levels over calls (SPEC 1.6)
	"level.calls.none":       "Нет доступа",
	"level.calls.own":        "Свои",
	"level.calls.department": "Свои и своего отдела",
	"level.calls.all":        "Любые",

	// Outgoing call levels
	"level.outgoing.none":                  "Нет доступа",
	"level.outgoing.crm-clients":           "Только клиенты CRM",
	"level.outgoing.clients-and-employees": "Клиенты CRM и сотрудники",
	"level.outgoing.any":                   "Любые номера",

	// Telephony settings, lines and balance
	"level.allow.none":  "Нет доступа",
	"level.allow.allow": "Разрешено",

	// Disk levels (SPEC 1.8)
	"level.disk.none": "Нет доступа",
	"level.disk.read": "Чтение",
	"level.disk.add":  "Добавление",
	"level.disk.edit": "Редактирование",
	"level.disk.full": "Полный доступ",

	// Answers of allow/deny questions
	"answer.allow": "Разрешено",
	"answer.deny":  "Запрещено",

	// CRM actions
	"action.crm.read":   "Чтение",
	"action.crm.add":    "Добавление",
	"action.crm.update": "Изменение",
	"action.crm.delete": "Удаление",
	"action.crm.export": "Экспорт",
	"action.crm.import": "Импорт",

	// vtiger actions
	"action.vtiger.view":   "Просмотр",
	"action.vtiger.create": "Создание",
	"action.vtiger.edit":   "Редактирование",
	"action.vtiger.delete": "Удаление",

	// Disk actions
	"action.disk.read":   "Чтение",
	"action.disk.add":    "Добавление",
	"action.disk.edit":   "Редактирование",
	"action.disk.delete": "Удаление",
	"action.disk.share":  "Общий доступ",

	// CRM entities; entity.deal@ is the pattern for a pipeline's deals, {0} = the pipeline
	"entity.lead":    "Лиды",
	"entity.deal":    "Сделки",
	"entity.deal@":   "Сделки: {0}",
	"entity.contact": "Контакты",
	"entity.company": "Компании",
	"entity.quote":   "Предложения",
	"entity.invoice": "Счета",
	"entity.webform": "CRM-формы",
	"entity.widget":  "Виджет сайта",

	// Stage rows: stage for deals, status for leads
	"stage":    "Стадия",
	"status":   "Статус",
	"pipeline": "Направление сделок",

	// Telephony permissions
	"telephony.call-detail":        "Статистика звонков",
	"telephony.call-record-listen": "Записи звонков: прослушивание",
	"telephony.call-record-modify": "Записи звонков: изменение",
	"telephony.user-settings":      "Настройки пользователя",
	"telephony.call":               "Исходящий звонок",
	"telephony.settings":           "Настройки телефонии",
	"telephony.lines":              "Управление номерами",
	"telephony.balance":            "Управление балансом",

	// Tasks toggles (SPEC 1.7)
	"tasks.view-department-tasks":     "Просмотр всех задач своего отдела",
	"tasks.view-subdepartment-tasks":  "Просмотр всех задач подотделов",
	"tasks.view-all-tasks":            "Просмотр всех задач",
	"tasks.edit-department-tasks":     "Редактирование всех задач своего отдела",
	"tasks.edit-all-tasks":            "Редактирование всех задач",
	"tasks.delete-tasks":              "Удаление задач",
	"tasks.assign-outside-department": "Постановка задач сотрудникам других отделов",
	"tasks.manage-templates":          "Управление шаблонами задач",
	"tasks.manage-automation":         "Управление роботами",
	"tasks.edit-permissions":          "Изменение прав доступа",

	// Built-in tasks roles
	"tasksrole.full-access": "Полный доступ",
	"tasksrole.supervisor":  "Руководитель",
	"tasksrole.employee":    "Сотрудник",

	// Built-in telephony roles
	"telephonyrole.administrator":   "Администратор",
	"telephonyrole.director":        "Руководитель",
	"telephonyrole.department-head": "Руководитель отдела",
	"telephonyrole.manager":         "Менеджер",

	// vtiger modules
	"vtiger.module.leads":      "Обращения",
	"vtiger.module.accounts":   "Контрагенты",
	"vtiger.module.contacts":   "Контакты",
	"vtiger.module.potentials": "Сделки",
	"vtiger.module.quotes":     "Предложения",
	"vtiger.module.invoices":   "Счета",
	"vtiger.module.tickets":    "Заявки",
	"vtiger.module.campaigns":  "Кампании",

	// vtiger organisation-wide defaults, global privileges and sharing
	"vtiger.default.private":                        "Частный",
	"vtiger.default.public-read":                    "Общий: только чтение",
	"vtiger.default.public-read-create-edit":        "Общий: чтение, создание/изменение",
	"vtiger.default.public-read-create-edit-delete": "Общий: чтение, создание/изменение, удаление",
	"vtiger.view-all":                               "Просматривать всё",
	"vtiger.edit-all":                               "Редактировать всё",
	"vtiger.global-privileges":                      "Глобальные привилегии",
	"vtiger.sharing":                                "Глобальные права доступа",
	"vtiger.sharing-rule":                           "Правило общего доступа",
	"vtiger.access.read":                            "Только чтение",
	"vtiger.access.read-write":                      "Чтение и запись",
	"vtiger.recalculate":                            "Пересчитать",
	"vtiger.group.users":                            "Группа пользователей",
	"vtiger.group.roles":                            "Группа ролей",
	"vtiger.group.role-tree":                        "Группа ролей с подчинёнными",

	// Subjects: who a role, grant or rule is given to
	"subject.user":             "Пользователи",
	"subject.department":       "Отделы",
	"subject.department-tree":  "Отделы с подотделами",
	"subject.group":            "Группы",
	"subject.group.user-group": "Группы пользователей",
	"subject.group.workgroup":  "Группы соцсети",
	"subject.heads":            "Руководители отделов",
	"subject.everyone":         "Все сотрудники",
	"subject.role":             "Роли",
	"subject.role-tree":        "Роли с подчинёнными",

	// Things and flags
	"role":          "Роль",
	"assignment":    "Право доступа",
	"profile":       "Профиль",
	"group":         "Группа",
	"settings":      "Разрешить изменять настройки",
	"admin":         "Администратор",
	"extranet":      "Пользователь экстранета",
	"no-crm-access": "Нет доступа к CRM",
	"inherit":       "Наследовать",
	"open-record":   "Доступен для всех",
	"personal-role": "Персональная роль",
	"group-role":    "Групповая роль",
	"detailed":      "Явно заданные права",
	"inherited":     "Наследуемые права",

	// Rules that decide or drop a candidate (resolve.Rule); the English is what the CLI prints
	"rule.extranet":                 "у пользователей экстранета нет доступа к CRM",
	"rule.admin":                    "администраторам доступно всё",
	"rule.no-role":                  "пользователю не назначена ни одна роль",
	"rule.detailed-beats-inherited": "явно заданное для стадии право важнее наследуемых значений",
	"rule.personal-first":           "personal-first: персональные роли заменяют групповые",
	"rule.highest-wins":             "действует наивысший уровень из всех ролей",
	"rule.settings-any-role":        "настройки разрешены, если их разрешает хотя бы одна роль",
	"rule.record-own":               "уровень «Свои»: только записи, за которые пользователь отвечает",
	"rule.record-department":        "уровень «Свои + своего отдела»: свои записи и записи отделов пользователя",
	"rule.record-subdepartments":    "уровень «Свои + своего отдела + подотделов»: свои записи и записи отделов пользователя и их подотделов",
	"rule.record-open":              "уровень «Все открытые»: открытые и свои записи, а также (накопительно) правило подотделов",
	"rule.record-all":               "уровень «Все»: все записи",
	"rule.record-none":              "уровень «Нет доступа»: ни одной записи",
	"rule.calls-own":                "уровень «Свои»: только звонки самого пользователя",
	"rule.calls-department":         "уровень «Свои и своего отдела»: звонки сотрудников того же отдела",
	"rule.calls-all":                "уровень «Любые»: все звонки",
	"rule.union-of-roles":           "пользователь получает все права, которые дают его роли",
	"rule.folder-owner":             "у владельца папки полный доступ",
	"rule.highest-grant":            "действует наибольшее право на эту папку или вышестоящую",
	"rule.subject-not-reached":      "это право доступа не распространяется на пользователя",
	"rule.vtiger-step-1":            "шаг 1: администратору разрешено всё",
	"rule.vtiger-step-2":            "шаг 2: глобальная привилегия профиля (просматривать всё / редактировать всё)",
	"rule.vtiger-step-3":            "шаг 3: ни один профиль роли не разрешает это действие в модуле",
	"rule.vtiger-step-4":            "шаг 4: профиль роли разрешает это действие в модуле; для создания больше ничего не нужно",
	"rule.vtiger-step-5":            "шаг 5: владелец — сам пользователь или сотрудник с подчинённой ролью",
	"rule.vtiger-step-6":            "шаг 6: владелец — группа, в которую входит пользователь",
	"rule.vtiger-step-7":            "шаг 7: глобальные права доступа модуля",
	"rule.vtiger-step-8":            "шаг 8: правило общего доступа",
	"rule.vtiger-step-9":            "шаг 9: доступ ничем не предоставлен",

	// Notes for the reader (resolve.Note); {0} as in the note's arguments
	"note.no-crm-access":    "«Чтение» для всех элементов — «Нет доступа»: у пользователя вообще нет доступа к CRM",
	"note.stale-record":     "запись {0} сохранена с другими отделами, чем текущие отделы ответственного; чтобы это исправить, сохраните запись повторно",
	"note.head-direct-link": "как руководитель отдела {0} пользователь всё же может открыть эту запись по прямой ссылке, хотя в его списках её нет",

	// Facts an explanation used (resolve.Fact names)
	"fact.responsible":         "Ответственный",
	"fact.stage":               "Стадия",
	"fact.departments":         "Отделы",
	"fact.current-departments": "Текущие отделы ответственного",
	"fact.stale":               "Отделы устарели",
	"fact.open":                "Доступен для всех",
	"fact.owner":               "Владелец",
	"fact.owner-role-path":     "Цепочка ролей владельца",
	"fact.role-path":           "Цепочка ролей пользователя",
	"fact.role":                "Роль",
	"fact.default":             "Глобальные права доступа",
	"fact.of":                  "Звонки пользователя",
	"fact.their-departments":   "Отделы другого пользователя",

	// Explanation layout; {0}, {1} are ids, paths and values
	"explain.level-used": "использован уровень",
	"explain.level-by":   "уровень по правилу",
	"explain.decided-by": "решено по правилу",
	"explain.candidates": "кандидаты",
	"explain.facts":      "факты",
	"explain.note":       "примечание",
	"explain.dropped":    "отброшено",
	"explain.from":       "источник:",
	"explain.none":       "(нет)",
	"explain.line":       "строка {0}",
	"source.role":        "роль {0}",
	"source.builtin":     "встроенная роль {0}",
	"source.via":         "через {0}",
	"source.stage-row":   "строка стадии {0}",
	"source.grant":       "право на {0} для {1}",
	"source.owner":       "владелец папки {0}",
	"source.profile":     "профиль {0}",
	"source.rule":        "правило общего доступа от {0} для {1}",

	// vtiger scope: which records a module action reaches
	"scope.own":          "Свои записи",
	"scope.subordinates": "Записи подчинённых",
	"scope.groups":       "Записи своих групп",
	"scope.default":      "По глобальным правам доступа",
	"scope.rule":         "Правило общего доступа от {0}",
	"scope.create":       "Новые записи",
	"scope.all-admin":    "Все (администратор)",
	"scope.all-view-all": "Все (Просматривать всё)",
	"scope.all-edit-all": "Все (Редактировать всё)",
}
