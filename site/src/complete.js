// complete.js: completion from the configuration format (SPEC): keys by
// where the cursor is, level and action words, subjects, and the ids the
// text itself defines.
import { SCALES, TASK_TOGGLES } from "./levels.js";

const TOP = ["rolelens", "system", "title", "org", "crm", "telephony", "tasks", "disk", "profiles", "sharing", "records", "tests"];
const KEYS = {
	org: ["departments", "users", "groups", "roles"],
	crm: ["precedence", "cumulative", "pipelines", "stages", "roles", "assignments"],
	telephony: ["roles", "assignments"],
	tasks: ["roles", "assignments"],
	disk: ["folders"],
	sharing: ["defaults", "rules"],
};
const ITEM_KEYS = ["id", "name", "parent", "head", "departments", "admin", "extranet", "kind", "members", "role", "to", "permissions", "settings", "allow", "path", "owner", "grants", "level", "profiles", "view-all", "edit-all", "modules", "module", "from", "access", "entity", "responsible", "stage", "open", "user", "expect", "action", "record"];
const LEVELS = SCALES.crm;
const ACTIONS = ["read", "add", "update", "delete", "export", "import"];
const ENTITIES = ["lead", "deal", "contact", "company", "quote", "invoice", "webform", "widget"];
const SUBJECTS = ["user:", "department:", "department-tree:", "group:", "heads", "everyone", "role:", "role-tree:"];
const WORDS = {
	system: ["bitrix24", "vtiger"],
	precedence: ["maximum", "personal-first"],
	kind: ["workgroup", "user-group"],
	expect: ["allow", "deny", ...LEVELS, "read", "add", "edit", "full", "any", "crm-clients", "clients-and-employees"],
	access: ["read", "read-write"],
	level: ["read", "add", "edit", "full"],
	cumulative: ["true", "false"],
	admin: ["true", "false"],
	extranet: ["true", "false"],
	open: ["true", "false"],
	settings: ["true", "false"],
	telephony: ["call-detail", "call-record-listen", "call-record-modify", "user-settings", "call", "settings", "lines", "balance"],
	tasks: TASK_TOGGLES,
	entity: ENTITIES,
	module: ["leads", "accounts", "contacts", "potentials", "quotes", "invoices", "tickets", "campaigns"],
};
for (const a of ACTIONS) WORDS[a] = LEVELS;

// ids collects the ids the text defines, by the section they are under.
function ids(text) {
	const out = { user: new Set(), department: new Set(), group: new Set(), role: new Set(), record: new Set(), all: new Set() };
	let section = "";
	let sub = "";
	for (const line of text.split("\n")) {
		const top = /^([a-z-]+)\s*:/.exec(line);
		if (top) {
			section = top[1];
			sub = "";
			continue;
		}
		const s2 = /^\s{2}([a-z-]+)\s*:/.exec(line);
		if (s2) sub = s2[1];
		for (const m of line.matchAll(/(?:^|[\s{,-])id\s*:\s*["']?([^,}\s"'#]+)/g)) {
			const id = m[1];
			out.all.add(id);
			if (section === "org" && sub === "users") out.user.add(id);
			else if (section === "org" && sub === "departments") out.department.add(id);
			else if (section === "org" && sub === "groups") out.group.add(id);
			else if (sub === "roles" || (section === "org" && sub === "roles")) out.role.add(id);
			else if (section === "records") out.record.add(id);
		}
	}
	return out;
}

const opts = (words, type) => [...words].map((label) => ({ label, type }));

export function completions(ctx) {
	const line = ctx.state.doc.lineAt(ctx.pos);
	const before = line.text.slice(0, ctx.pos - line.from);
	const word = ctx.matchBefore(/[A-Za-z0-9_@/-]*/);
	const from = word ? word.from : ctx.pos;
	if (!ctx.explicit && word && word.from === word.to && !/[:\s{,[]$/.test(before)) return null;
	const known = ids(ctx.state.doc.toString());

	// Subject ids: "user:", "department:", ... directly before the word.
	const subj = /(user|department|department-tree|group|role|role-tree):[A-Za-z0-9_-]*$/.exec(before);
	if (subj) {
		const kind = subj[1].startsWith("department") ? "department" : subj[1].startsWith("role") ? "role" : subj[1];
		return { from, options: opts(known[kind], "variable"), validFor: /^[A-Za-z0-9_-]*$/ };
	}
	// A value: "key: word".
	const val = /([a-z@-]+)\s*:\s*[A-Za-z0-9_@/-]*$/.exec(before);
	if (val) {
		const key = val[1];
		let words = WORDS[key];
		if (key === "role") words = [...known.role];
		else if (key === "user" || key === "responsible" || key === "head" || key === "owner") words = [...known.user];
		else if (key === "parent") words = [...known.department, ...known.role];
		else if (key === "record") words = [...known.record];
		else if (key === "to" || key === "from") words = SUBJECTS;
		if (words) return { from, options: opts(words, "enum"), validFor: /^[A-Za-z0-9_@/-]*$/ };
	}
	// Inside a list of subjects or members.
	if (/\b(to|members)\s*:\s*\[[^\]]*$/.test(before)) {
		return { from, options: [...opts(SUBJECTS, "keyword"), ...opts(known.user, "variable")] };
	}
	// A key: at the start of a line, after "- " or inside "{ ... , ".
	if (/^\s*$/.test(before.slice(0, from - line.from)) && line.text.search(/\S/) === from - line.from && from - line.from === 0) {
		return { from, options: opts(TOP, "property") };
	}
	if (/(^\s*(-\s+)?|[{,]\s*)[A-Za-z0-9_-]*$/.test(before)) {
		const keys = new Set([...ITEM_KEYS, ...Object.values(KEYS).flat(), ...ENTITIES, ...ACTIONS, "stages"]);
		return { from, options: opts(keys, "property") };
	}
	return null;
}
