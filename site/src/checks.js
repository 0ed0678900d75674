// checks.js: the configuration's own tests and the lint findings.
import { h, fill } from "./dom.js";
import { t, label, actionLabel, count } from "./i18n.js";
import { scaleOf, valueLabel } from "./levels.js";
import { subjectText, lineLink } from "./explain.js";

function questionWords(q) {
	switch (q.kind) {
		case "crm":
			return [label(`entity.${q.entity}`), label(`action.crm.${q.action}`), q.stage].filter(Boolean).join(" · ");
		case "crm-settings":
			return label("settings");
		case "record":
			return `${q.record} · ${actionLabel(q.action)}`;
		case "telephony":
			return label(`telephony.${q.permission}`);
		case "telephony-of":
			return `${label(`telephony.${q.permission}`)} · ${q.of}`;
		case "tasks":
			return label(`tasks.${q.toggle}`);
		case "disk":
			return q.path;
		case "disk-action":
			return `${q.path} · ${q.action}`;
		case "vtiger":
			return `${label(`vtiger.module.${q.module}`)} · ${q.action}`;
	}
	return "";
}

/** renderTests draws a test() result. */
export function renderTests(root, res, { onGoto, onExplain }) {
	if (!res || res.error) {
		fill(root, h("p", { class: "empty" }, res?.error?.message ?? t("matrix.none")));
		return;
	}
	if (!res.ok) {
		fill(root, h("p", { class: "empty" }, t("tests.invalid")));
		return;
	}
	if (!res.results.length) {
		fill(root, h("p", { class: "empty" }, t("tests.none")));
		return;
	}
	const summary = h("p", { class: res.failed ? "summary bad" : "summary good" }, t("tests.summary", res.passed, res.failed));
	const items = res.results.map((r) => {
		const scale = scaleOf(r.question);
		return h("li", { class: r.pass ? "pass" : "fail" },
			h("span", { class: "mark", "aria-label": t(r.pass ? "tests.pass" : "tests.fail") }, r.pass ? "✓" : "✗"), " ",
			h("button", { type: "button", class: "link", onclick: () => onGoto(r.at.start.line, r.at.start.col) }, `${r.at.start.line}:${r.at.start.col}`), " ",
			h("span", null, r.name ? `${r.name} — ` : "", `${r.user}: ${questionWords(r.question)}`),
			r.pass ? null : h("div", { class: "why" }, t("tests.expected", valueLabel(scale, r.expect), r.got ? valueLabel(scale, r.got) : "—"), r.error ? ` ${r.error.message}` : "", r.why ? [" (", whyLine(r.why, scale, onGoto), ")"] : r.reason ? ` (${r.reason})` : ""),
			r.error ? null : " ",
			r.error ? null : h("button", { type: "button", class: "link small", onclick: () => onExplain({ user: r.user, ...r.question }) }, t("why")));
	});
	fill(root, summary, h("ul", { class: "results" }, items));
}

// whyLine says in the page's language why a test got its answer: the rule,
// then the deciding candidates, each with a link to its line (the engine's
// own reason is English text for the command line).
function whyLine(why, scale, onGoto) {
	const out = [label(`rule.${why.rule}`)];
	for (const c of (why.candidates ?? []).filter((c) => c.winner)) {
		out.push("; ", c.roleName || c.role || "", c.subject ? ` (${subjectText(c.subject, {}, c.subjectName)})` : "", ": ", valueLabel(scale, c.value));
		if (c.at?.start?.line) out.push(" ", lineLink(c.at, onGoto));
	}
	return out;
}

// USERS_SHOWN is how many affected users a finding names at once: an
// overlap in a large portal affects hundreds, and the rest wait behind a
// disclosure.
const USERS_SHOWN = 10;

function usersLine(ids, names = {}) {
	const users = ids.map((u) => names[u] || u);
	const head = `${t("lint.users")}: ${users.slice(0, USERS_SHOWN).join(", ")}`;
	if (users.length <= USERS_SHOWN) return h("div", { class: "muted" }, head);
	return h("details", { class: "muted users" }, h("summary", null, `${head} ${t("lint.users.more", count(users.length - USERS_SHOWN))}`), users.slice(USERS_SHOWN).join(", "));
}

/**
 * renderLint draws a lint() result: findings grouped by severity. When the
 * page lists only the first findings, a row of kinds (codes, with their
 * counts) asks for one kind's first findings through onCode(code), code
 * being the one shown ("" for all).
 */
export function renderLint(root, res, { onGoto, onCode, code = "", names }) {
	if (!res || res.error) {
		fill(root, h("p", { class: "empty" }, res?.error?.code === "unavailable" ? t("lint.unavailable") : res?.error?.message ?? t("matrix.none")));
		return 0;
	}
	if (res.ok === false) {
		fill(root, h("p", { class: "empty" }, t("lint.invalid")));
		return 0;
	}
	const findings = res.findings ?? res.diagnostics ?? [];
	const total = res.total ?? findings.length;
	if (!total) {
		fill(root, h("p", { class: "empty good" }, t("lint.clean")));
		return 0;
	}
	const groups = {};
	for (const f of findings) (groups[f.severity || "warning"] ??= []).push(f);
	const out = [];
	const kinds = Object.keys(res.codes ?? {}).sort();
	// Cut lists only: a kind's findings may all lie past the first ones.
	const cut = total > findings.length || code;
	if (cut && onCode && kinds.length > 1) {
		const names = new Map(findings.map((f) => [f.code, f.name]));
		const kind = (c, label, n) => h("button", { type: "button", class: c === code ? "on" : "", "aria-pressed": String(c === code), title: names.get(c) ?? "", onclick: () => onCode(c) }, label, " ", h("span", { class: "kind-n" }, count(n)));
		out.push(h("div", { class: "seg kinds", role: "group", "aria-label": t("lint.kinds") }, kind("", t("lint.all"), total), kinds.map((c) => kind(c, c, res.codes[c]))));
	}
	const shown = code ? res.codes?.[code] ?? findings.length : total;
	if (shown > findings.length) out.push(h("p", { class: "muted" }, t("lint.more", count(findings.length), count(shown))));
	// The gravest first, whatever the order of the lines they are on.
	const rank = (sev) => ["error", "warning", "info"].indexOf(sev) >>> 0;
	for (const sev of Object.keys(groups).sort((a, b) => rank(a) - rank(b))) {
		out.push(h("h4", null, t(`severity.${sev}`), ` (${count(code ? groups[sev].length : res.severities?.[sev] ?? groups[sev].length)})`));
		out.push(h("ul", { class: "results" }, groups[sev].map((f) => h("li", { class: sev },
			f.range?.start?.line ? h("button", { type: "button", class: "link", onclick: () => onGoto(f.range.start.line, f.range.start.col) }, `${f.range.start.line}:${f.range.start.col}`) : null, " ",
			h("code", null, f.code), " ", f.message ?? "",
			f.users?.length ? usersLine(f.users, names) : null,
			f.fix || f.hint ? h("div", { class: "why" }, f.fix || f.hint) : null))));
	}
	fill(root, out);
	return total;
}
