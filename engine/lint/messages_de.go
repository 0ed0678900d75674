package lint

// messagesDE is the German catalogue of findings; placeholders as in the
// code table. Identifiers and spec words stand in German quotation marks,
// lists that the engine joins (actions, departments, modules) stay after a
// colon or in parentheses; fixed terms use the labels of the platforms
// (see the glossary: Phase, Zugriffsrecht, Globale Rechtevergabe, ...).
var messagesDE = map[Code]text{
	"L101": {
		"die explizite Zeile von „{0}“ senkt „{3}“ für „{2}“ in Phase „{1}“ auf „{4}“, obwohl andere Rollen „{5}“ gewähren",
		"entfernen Sie „{3}“ aus der Zeile „{2}“ für „{1}“ in „{0}“ oder stellen Sie dort die Stufe ein, die diese Nutzer haben sollen",
	},
	"L102": {
		"Nutzer „{0}“: „{2}“ für „{1}“ ergibt „{3}“ mit der Vorrangregel „maximum“ und „{4}“ mit „personal-first“",
		"stellen Sie in der persönlichen Rolle von „{0}“ für „{1}“ die gewünschte Stufe von „{2}“ ein oder entfernen Sie das persönliche Zugriffsrecht",
	},
	"L103": {
		"Datensatz „{0}“ wurde mit den Abteilungen ({1}) gespeichert, aber der Verantwortliche „{2}“ gehört jetzt zu: {3}",
		"speichern Sie Datensatz „{0}“ erneut oder markieren Sie ihn als „Für alle verfügbar“, wenn ihn alle sehen sollen",
	},
	"L104": {
		"Nutzer „{0}“ hat CRM-Rollen, aber „Lesen“ steht bei jedem Element auf „Zugriff verweigert“: kein Zugriff auf das CRM",
		"weisen Sie „{0}“ eine Rolle zu, die mindestens ein Element lesen darf, oder entfernen Sie die Rollen dieses Nutzers",
	},
	"L105": {
		"Nutzer „{0}“ hat keine CRM-Rolle",
		"weisen Sie „{0}“ oder einer Abteilung dieses Nutzers eine CRM-Rolle zu",
	},
	"L106": {
		"„{0}“ ist Extranet-Nutzer; die über „{2}“ vergebene Rolle „{1}“ wirkt sich nicht aus",
		"entfernen Sie „{0}“ aus dem Zugriffsrecht für „{1}“",
	},
	"L107": {
		"die Zeile „{1}“ für „{3}“ in Rolle „{0}“ wiederholt nur, was die Vererbung ohnehin ergibt ({2})",
		"entfernen Sie aus der Zeile „{1}“ für „{3}“ in Rolle „{0}“ diese Aktionen: {2}",
	},
	"L108": {
		"Rolle „{1}“ ({0}) ist nirgends zugewiesen",
		"weisen Sie Rolle „{1}“ zu oder löschen Sie sie",
	},
	"L109": {
		"„{0}“ im Zugriffsrecht ({1}) für Rolle „{2}“ erreicht niemanden",
		"fügen Sie „{0}“ Mitglieder hinzu oder entfernen Sie es aus dem Zugriffsrecht",
	},
	"L110": {
		"„{0}“ (Rolle „{1}“) überschneidet sich mit „{2}“ (Rolle „{3}“)",
		"weisen Sie „{0}“ einzelnen Abteilungen zu oder geben Sie den Nutzern in der Überschneidung eine einzige Rolle mit genau den Rechten, die sie brauchen",
	},
	"L111": {
		"„{0}“ leitet „{1}“ und kann Datensatz „{2}“ über einen direkten Link öffnen, obwohl er in den Listen nicht erscheint",
		"heben Sie „Lesen“ für „{0}“ auf „Persönlich, Abteilung und Unterabteilungen“ an, wenn das so gewollt ist, oder nehmen Sie in Kauf, dass direkte Links mehr öffnen, als die Listen zeigen",
	},

	"L201": {
		"die Freigaberegel ({2}) für „{0}“ kann nicht wirken: in der Globalen Rechtevergabe steht das Modul auf „{1}“",
		"entfernen Sie die Regel oder setzen Sie „{0}“ in der Globalen Rechtevergabe auf „Privat“",
	},
	"L202": {
		"Profil „{0}“ hat „{1}“: seine Nutzer sehen trotz der Einstellung „Privat“ jeden Datensatz dieser Module: {2}",
		"entfernen Sie „{1}“ aus Profil „{0}“, wenn dessen Nutzer nur sehen sollen, was die Freigaben ihnen geben",
	},
	"L203": {
		"Mitglieder der Gruppe „{0}“ sehen die Datensätze der anderen in „{1}“ nicht",
		"erstellen Sie für „{1}“ eine Freigaberegel von „group:{0}“ an „group:{0}“ oder machen Sie die Gruppe zum Besitzer der Datensätze",
	},
	"L204": {
		"Datensatz „{0}“ gehört der Gruppe „{1}“, aber ihren Mitgliedern fehlt das Modul „{2}“",
		"nehmen Sie das Modul „{2}“ in die Profile dieser Mitglieder auf oder entfernen Sie sie aus der Gruppe „{1}“",
	},
}
