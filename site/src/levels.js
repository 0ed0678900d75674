// levels.js: the scales of SPEC 1.3, 1.6 and 1.8, lowest first, and how a
// level looks: a colour step of one sequential scale and a short glyph,
// so that cells read without colour too.
import { t, label } from "./i18n.js";

export const SCALES = {
	crm: ["none", "own", "department", "subdepartments", "open", "all"],
	calls: ["none", "own", "department", "all"],
	outgoing: ["none", "crm-clients", "clients-and-employees", "any"],
	allow: ["none", "allow"],
	disk: ["none", "read", "add", "edit", "full"],
};

// TASK_TOGGLES are the tasks permissions of SPEC 1.7, in the platform's order.
export const TASK_TOGGLES = ["view-department-tasks", "view-subdepartment-tasks", "view-all-tasks", "edit-department-tasks", "edit-all-tasks", "delete-tasks", "assign-outside-department", "manage-templates", "manage-automation", "edit-permissions"];

export function telephonyScale(permission) {
	if (permission === "call") return "outgoing";
	if (["settings", "lines", "balance"].includes(permission)) return "allow";
	return "calls";
}

/** step maps a level to 0..5 on the colour scale. */
export function step(scale, word) {
	const s = SCALES[scale] ?? SCALES.crm;
	const i = s.indexOf(word);
	if (i <= 0) return 0;
	return Math.round((i / (s.length - 1)) * 5);
}

export const levelLabel = (scale, word) => label(`level.${scale}.${word}`);
export const glyph = (scale, word) => (scale === "crm" ? t(`glyph.${word}`) : word === "none" ? "—" : t(`glyph.step${step(scale, word)}`));

/** scaleOf tells the scale of an explanation's question. */
export function scaleOf(q) {
	switch (q?.kind) {
		case "crm":
		case "record":
			return "crm";
		case "telephony":
		case "telephony-of":
			return telephonyScale(q.permission);
		case "disk":
		case "disk-action":
			return "disk";
	}
	return "crm";
}

/** valueLabel renders any answer word: a level of the scale or allow/deny. */
export function valueLabel(scale, word) {
	if (word === "allow" || word === "deny") return label(`answer.${word}`);
	if (word === "true") return t("yes");
	if (word === "false") return t("no");
	const key = `level.${scale}.${word}`;
	const l = label(key);
	return l === key ? word : l;
}
