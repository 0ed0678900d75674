package i18n

// labelsDE is the German catalogue. Keys and their order are the same in
// every language; see i18n.go for the key scheme.
var labelsDE = map[string]string{
	// CRM levels (SPEC 1.3), lowest first
	"level.crm.none":           "Zugriff verweigert",
	"level.crm.own":            "Persönlich",
	"level.crm.department":     "Persönlich und Abteilung",
	"level.crm.subdepartments": "Persönlich, Abteilung und Unterabteilungen",
	"level.crm.open":           "Alle offenen",
	"level.crm.all":            "Alle",

	// Telephony levels over calls (SPEC 1.6)
	"level.calls.none":       "Zugriff verweigert",
	"level.calls.own":        "Eigene Anrufe",
	"level.calls.department": "Eigene Anrufe und Anrufe eigener Abteilung",
	"level.calls.all":        "Beliebige Anrufe",

	// Outgoing call levels
	"level.outgoing.none":                  "Zugriff verweigert",
	"level.outgoing.crm-clients":           "Nur CRM-Kunden",
	"level.outgoing.clients-and-employees": "CRM-Kunden und Unternehmensmitarbeiter",
	"level.outgoing.any":                   "Beliebige Nummern",

	// Telephony settings, lines and balance
	"level.allow.none":  "Zugriff verweigert",
	"level.allow.allow": "Erlaubt",

	// Disk levels (SPEC 1.8)
	"level.disk.none": "Zugriff verweigert",
	"level.disk.read": "Lesen",
	"level.disk.add":  "Hinzufügen",
	"level.disk.edit": "Bearbeiten",
	"level.disk.full": "Vollzugriff",

	// Answers of allow/deny questions
	"answer.allow": "Erlaubt",
	"answer.deny":  "Verweigert",

	// CRM actions
	"action.crm.read":   "Lesen",
	"action.crm.add":    "Hinzufügen",
	"action.crm.update": "Bearbeiten",
	"action.crm.delete": "Löschen",
	"action.crm.export": "Export",
	"action.crm.import": "Import",

	// vtiger actions
	"action.vtiger.view":   "Ansehen",
	"action.vtiger.create": "Erstellen",
	"action.vtiger.edit":   "Bearbeiten",
	"action.vtiger.delete": "Löschen",

	// Disk actions
	"action.disk.read":   "Lesen",
	"action.disk.add":    "Hinzufügen",
	"action.disk.edit":   "Bearbeiten",
	"action.disk.delete": "Löschen",
	"action.disk.share":  "Freigeben",

	// CRM entities; entity.deal@ is the pattern for a pipeline's deals, {0} = the pipeline
	"entity.lead":    "Leads",
	"entity.deal":    "Aufträge",
	"entity.deal@":   "Aufträge: {0}",
	"entity.contact": "Kontakte",
	"entity.company": "Unternehmen",
	"entity.quote":   "Angebote",
	"entity.invoice": "Rechnungen",
	"entity.webform": "CRM-Formulare",
	"entity.widget":  "Website-Widget",

	// Stage rows: stage for deals, status for leads
	"stage":    "Phase",
	"status":   "Status",
	"pipeline": "Pipeline",

	// Telephony permissions
	"telephony.call-detail":        "Anrufstatistik",
	"telephony.call-record-listen": "Anrufaufzeichnung: Wiedergabe",
	"telephony.call-record-modify": "Anrufaufzeichnung: Aktualisierung",
	"telephony.user-settings":      "Einstellungen des Nutzers",
	"telephony.call":               "Ausgehender Anruf",
	"telephony.settings":           "Telefonie-Einstellungen",
	"telephony.lines":              "Nummern verwalten",
	"telephony.balance":            "Guthaben verwalten",

	// Tasks toggles (SPEC 1.7)
	"tasks.view-department-tasks":     "Alle Aufgaben der Abteilung sehen",
	"tasks.view-subdepartment-tasks":  "Alle Aufgaben der Unterabteilungen sehen",
	"tasks.view-all-tasks":            "Alle Aufgaben sehen",
	"tasks.edit-department-tasks":     "Alle Aufgaben der Abteilung bearbeiten",
	"tasks.edit-all-tasks":            "Alle Aufgaben bearbeiten",
	"tasks.delete-tasks":              "Aufgaben löschen",
	"tasks.assign-outside-department": "Aufgaben an Mitarbeiter anderer Abteilungen vergeben",
	"tasks.manage-templates":          "Aufgabenvorlagen verwalten",
	"tasks.manage-automation":         "Automatisierungsregeln verwalten",
	"tasks.edit-permissions":          "Zugriffsrechte bearbeiten",

	// Built-in tasks roles
	"tasksrole.full-access": "Vollzugriff",
	"tasksrole.supervisor":  "Vorgesetzter",
	"tasksrole.employee":    "Mitarbeiter",

	// Built-in telephony roles
	"telephonyrole.administrator":   "Administrator",
	"telephonyrole.director":        "Geschäftsführer",
	"telephonyrole.department-head": "Abteilungsleiter",
	"telephonyrole.manager":         "Manager",

	// vtiger modules
	"vtiger.module.leads":      "Leads",
	"vtiger.module.accounts":   "Organisationen",
	"vtiger.module.contacts":   "Personen",
	"vtiger.module.potentials": "Potentiale",
	"vtiger.module.quotes":     "Angebote",
	"vtiger.module.invoices":   "Rechnungen",
	"vtiger.module.tickets":    "Tickets",
	"vtiger.module.campaigns":  "Kampagnen",

	// vtiger organisation-wide defaults, global privileges and sharing
	"vtiger.default.private":                        "Privat",
	"vtiger.default.public-read":                    "Öffentlich: Nur Lesen",
	"vtiger.default.public-read-create-edit":        "Öffentlich: Lesen, Erstellen/Bearbeiten",
	"vtiger.default.public-read-create-edit-delete": "Öffentlich: Lesen, Erstellen/Bearbeiten, Löschen",
	"vtiger.view-all":                               "Alle ansehen",
	"vtiger.edit-all":                               "Alle bearbeiten",
	"vtiger.global-privileges":                      "Übergeordnete Nutzerprivilegien",
	"vtiger.sharing":                                "Globale Rechtevergabe",
	"vtiger.sharing-rule":                           "Freigaberegel",
	"vtiger.access.read":                            "Nur Lesen",
	"vtiger.access.read-write":                      "Lesen und Schreiben",
	"vtiger.recalculate":                            "Berechnen",
	"vtiger.group.users":                            "Gruppe aus Nutzern",
	"vtiger.group.roles":                            "Gruppe aus Rollen",
	"vtiger.group.role-tree":                        "Gruppe aus Rollen mit Untergebenen",

	// Subjects: who a role, grant or rule is given to
	"subject.user":             "Nutzer",
	"subject.department":       "Abteilungen",
	"subject.department-tree":  "Abteilungen mit Unterabteilungen",
	"subject.group":            "Gruppen",
	"subject.group.user-group": "Nutzergruppen",
	"subject.group.workgroup":  "Soziales Netzwerk: Gruppen",
	"subject.heads":            "Abteilungsleiter",
	"subject.everyone":         "Alle Mitarbeiter",
	"subject.role":             "Rollen",
	"subject.role-tree":        "Rollen mit Untergebenen",

	// Things and flags
	"role":          "Rolle",
	"assignment":    "Zugriffsrecht",
	"profile":       "Profil",
	"group":         "Gruppe",
	"settings":      "Nutzer darf Einstellungen bearbeiten",
	"admin":         "Administrator",
	"extranet":      "Extranet-Nutzer",
	"no-crm-access": "Kein CRM-Zugriff",
	"inherit":       "Vererben",
	"open-record":   "Für alle verfügbar",
	"personal-role": "Persönliche Rolle",
	"group-role":    "Gruppen-Rolle",
	"detailed":      "Detaillierte Zugriffsrechte",
	"inherited":     "Vererbte Zugriffsrechte",

	// Rules that decide or drop a candidate (resolve.Rule); the English is what the CLI prints
	"rule.extranet":                 "Extranet-Nutzer haben keinen Zugriff auf das CRM",
	"rule.admin":                    "Administratoren haben alle Rechte",
	"rule.no-role":                  "dem Nutzer ist keine Rolle zugewiesen",
	"rule.detailed-beats-inherited": "ein detailliertes Zugriffsrecht der Phase hat Vorrang vor vererbten Werten",
	"rule.personal-first":           "personal-first: persönliche Rollen ersetzen Gruppen-Rollen",
	"rule.highest-wins":             "es gilt die höchste Stufe aller Rollen",
	"rule.settings-any-role":        "Einstellungen sind erlaubt, sobald eine der Rollen sie erlaubt",
	"rule.record-own":               "Stufe „Persönlich“: nur Datensätze, für die der Nutzer verantwortlich ist",
	"rule.record-department":        "Stufe „Persönlich und Abteilung“: eigene Datensätze und die der Abteilungen des Nutzers",
	"rule.record-subdepartments":    "Stufe „Persönlich, Abteilung und Unterabteilungen“: eigene Datensätze und die der Abteilungen des Nutzers samt Unterabteilungen",
	"rule.record-open":              "Stufe „Alle offenen“: offene und eigene Datensätze sowie (kumulativ) die Regel der Unterabteilungen",
	"rule.record-all":               "Stufe „Alle“: alle Datensätze",
	"rule.record-none":              "Stufe „Zugriff verweigert“: keine Datensätze",
	"rule.calls-own":                "Stufe „Eigene Anrufe“: nur die Anrufe des Nutzers selbst",
	"rule.calls-department":         "Stufe „Eigene Anrufe und Anrufe eigener Abteilung“: Anrufe von Nutzern derselben Abteilung",
	"rule.calls-all":                "Stufe „Beliebige Anrufe“: alle Anrufe",
	"rule.union-of-roles":           "der Nutzer hat jedes Recht, das eine seiner Rollen gewährt",
	"rule.folder-owner":             "der Besitzer des Ordners hat Vollzugriff",
	"rule.highest-grant":            "es gilt die höchste Freigabe für den Ordner oder einen übergeordneten Ordner",
	"rule.subject-not-reached":      "das Zugriffsrecht gilt nicht für diesen Nutzer",
	"rule.vtiger-step-1":            "Schritt 1: Administratoren dürfen alles",
	"rule.vtiger-step-2":            "Schritt 2: übergeordnetes Nutzerprivileg des Profils (Alle ansehen / Alle bearbeiten)",
	"rule.vtiger-step-3":            "Schritt 3: kein Profil der Rolle erlaubt diese Aktion im Modul",
	"rule.vtiger-step-4":            "Schritt 4: ein Profil der Rolle erlaubt diese Aktion im Modul; zum Erstellen genügt das",
	"rule.vtiger-step-5":            "Schritt 5: Besitzer ist der Nutzer selbst oder jemand mit untergeordneter Rolle",
	"rule.vtiger-step-6":            "Schritt 6: Besitzer ist eine Gruppe, der der Nutzer angehört",
	"rule.vtiger-step-7":            "Schritt 7: globale Rechtevergabe des Moduls",
	"rule.vtiger-step-8":            "Schritt 8: eine Freigaberegel",
	"rule.vtiger-step-9":            "Schritt 9: nichts gewährt Zugriff",

	// Notes for the reader (resolve.Note); {0} as in the note's arguments
	"note.no-crm-access":    "„Lesen“ steht bei jedem Element auf „Zugriff verweigert“: der Nutzer hat keinerlei Zugriff auf das CRM",
	"note.stale-record":     "Datensatz {0} wurde unter anderen Abteilungen gespeichert als den aktuellen des Verantwortlichen; speichern Sie ihn erneut, um das zu beheben",
	"note.head-direct-link": "als Leiter von {0} kann der Nutzer diesen Datensatz über einen direkten Link dennoch öffnen, obwohl er nicht in seinen Listen erscheint",

	// Facts an explanation used (resolve.Fact names)
	"fact.responsible":         "Verantwortlich",
	"fact.stage":               "Phase",
	"fact.departments":         "Abteilungen",
	"fact.current-departments": "Aktuelle Abteilungen des Verantwortlichen",
	"fact.stale":               "Abteilungen veraltet",
	"fact.open":                "Für alle verfügbar",
	"fact.owner":               "Besitzer",
	"fact.owner-role-path":     "Rollenhierarchie des Besitzers",
	"fact.role-path":           "Rollenhierarchie des Nutzers",
	"fact.role":                "Rolle",
	"fact.default":             "Globale Rechtevergabe",
	"fact.of":                  "Anrufe von",
	"fact.their-departments":   "Abteilungen des anderen Nutzers",

	// Explanation layout; {0}, {1} are ids, paths and values
	"explain.level-used": "verwendete Stufe",
	"explain.level-by":   "Stufe gemäß",
	"explain.decided-by": "entschieden durch",
	"explain.candidates": "Kandidaten",
	"explain.facts":      "Fakten",
	"explain.note":       "Hinweis",
	"explain.dropped":    "verworfen",
	"explain.from":       "Quelle:",
	"explain.none":       "(keine)",
	"explain.line":       "Zeile {0}",
	"source.role":        "Rolle {0}",
	"source.builtin":     "vordefinierte Rolle {0}",
	"source.via":         "über {0}",
	"source.stage-row":   "Zeile der Phase {0}",
	"source.grant":       "Freigabe für {0} an {1}",
	"source.owner":       "Besitzer des Ordners {0}",
	"source.profile":     "Profil {0}",
	"source.rule":        "Freigaberegel von {0} an {1}",

	// vtiger scope: which records a module action reaches
	"scope.own":          "Eigene Datensätze",
	"scope.subordinates": "Datensätze von Untergebenen",
	"scope.groups":       "Datensätze eigener Gruppen",
	"scope.default":      "Laut globaler Rechtevergabe",
	"scope.rule":         "Freigaberegel von {0}",
	"scope.create":       "Neue Datensätze",
	"scope.all-admin":    "Alle (Administrator)",
	"scope.all-view-all": "Alle (Alle ansehen)",
	"scope.all-edit-all": "Alle (Alle bearbeiten)",
}
