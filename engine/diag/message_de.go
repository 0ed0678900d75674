package diag

// messagesDE is the German catalogue; placeholders as in the code table.
// Word arguments stand in German quotation marks; arguments that the
// engine passes as English phrases (such as "a list") stay after a colon
// or in parentheses, where they read as quoted values.
var messagesDE = map[Code]string{
	"E001": "YAML-Syntaxfehler: {0}",
	"E002": "die Konfiguration ist {0} Byte groß; erlaubt sind höchstens {1}",
	"E003": "Verschachtelung tiefer als {0} Ebenen",
	"E004": "die Auflösung der YAML-Aliase ergibt mehr als {0} Knoten",
	"E005": "mehr als {1} Einträge unter „{0}“",
	"E006": "erwartet: {0}, gefunden: {1}",
	"E007": "Formatversion „{0}“ wird nicht unterstützt; dieses rolelens liest Version 1",
	"E008": "eine Konfiguration ist genau ein YAML-Dokument; hier beginnt ein weiteres",
	"E009": "die Konfiguration ist leer",
	"E010": "der Text ist kein gültiges UTF-8",
	"E011": "ein Wert mit {0} Zeichen; erlaubt sind höchstens {1}",

	"E101": "unbekannter Schlüssel „{0}“",
	"E102": "Pflichtschlüssel „{0}“ fehlt",
	"E103": "Schlüssel „{0}“ kommt doppelt vor",
	"E104": "unbekannte Stufe „{0}“; mögliche Stufen: {1}",
	"E105": "Stufe „{0}“ ist für „{1}“ nicht zulässig; zulässig: {2}",
	"E106": "unbekannter Wert „{0}“ für „{1}“; möglich sind: {2}",
	"E107": "„{0}“ muss true oder false sein, gefunden: {1}",
	"E108": "unbekanntes System „{0}“; erwartet: bitrix24 oder vtiger",
	"E109": "unbekanntes CRM-Element „{0}“",
	"E110": "unbekannte Aktion „{0}“ für „{1}“; mögliche Aktionen: {2}",
	"E111": "unbekannter Subjekttyp „{0}“; mögliche Typen: {1}",
	"E112": "unbekanntes Modul „{0}“",
	"E113": "unbekanntes Telefonie-Recht „{0}“",
	"E114": "unbekanntes Aufgaben-Recht „{0}“",
	"E115": "Element „{0}“ hat keine Phasen",
	"E116": "ungültige ID „{0}“: erlaubt sind Buchstaben, Ziffern, „-“, „_“ und „.“, am Anfang ein Buchstabe oder eine Ziffer",
	"E117": "ungültiger Ordnerpfad „{0}“: er beginnt mit „/“, hat keine leeren Abschnitte und endet nicht auf „/“",
	"E118": "„{0}“ muss Text sein, gefunden: {1}",
	"E119": "Abschnitt „{0}“ gehört zu Konfigurationen für „{1}“",

	"E201": "ID „{1}“ ({0}) ist doppelt vergeben",
	"E202": "unbekannter Nutzer „{0}“",
	"E203": "unbekannte Abteilung „{0}“",
	"E204": "unbekannte Gruppe „{0}“",
	"E205": "unbekannte Rolle „{0}“",
	"E206": "unbekanntes Profil „{0}“",
	"E207": "unbekannter Datensatz „{0}“",
	"E208": "unbekannte Phase „{0}“ für „{1}“",
	"E209": "unbekannte Pipeline „{0}“",
	"E210": "Abteilung „{0}“ ist sich selbst übergeordnet: {1}",
	"E211": "Rolle „{0}“ ist sich selbst übergeordnet: {1}",
	"E212": "Gruppe „{0}“ enthält sich selbst: {1}",
	"E213": "unbekannter Ordner „{0}“",

	"E301": "ein Test stellt genau eine Frage; gefunden: {0}",
	"E302": "der Wert „{0}“ unter expect beantwortet diese Frage nicht; möglich sind: {1}",
	"E303": "die Frage „{0}“ gibt es in Konfigurationen für „{1}“ nicht",
	"E304": "das Recht „{0}“ hat keine Stufen für Anrufe anderer Nutzer",
}
