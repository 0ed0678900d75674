// explain.js: the explanation drawer. It shows the answer to one question
// and the path to it in the platform's words: the roles and subjects that
// reach the user, what was dropped and by which rule, the winner, and the
// record facts; every place links to its line in the editor.
import { h, fill } from "./dom.js";
import { t, tn, label, actionLabel } from "./i18n.js";
import { scaleOf, valueLabel } from "./levels.js";

export class Drawer {
	constructor(root, { onGoto, onClose }) {
		this.root = root;
		this.title = root.querySelector("#drawer-title");
		this.body = root.querySelector("#drawer-body");
		this.onGoto = onGoto;
		root.querySelector("#drawer-close").addEventListener("click", () => this.close());
		root.addEventListener("keydown", (e) => e.key === "Escape" && this.close());
		this.onClose = onClose;
		this.names = {};
	}

	close() {
		this.hide();
		this.onClose?.();
	}

	/** hide puts the drawer away and leaves the focus where it is. */
	hide() {
		this.root.hidden = true;
		this.question = null;
	}

	/** questionText names a question in words, e.g. "Deals · Read · stage WON". */
	questionText(q) {
		switch (q.kind) {
			case "crm":
				return [label(`entity.${q.entity}`), label(`action.crm.${q.action}`), q.stage ? `${label(q.entity === "lead" ? "status" : "stage")} ${q.stage}` : null].filter(Boolean).join(" · ");
			case "crm-settings":
				return label("settings");
			case "record":
				return `${t("record")} ${q.record} · ${actionLabel(q.action)}`;
			case "telephony":
				return label(`telephony.${q.permission}`);
			case "telephony-of":
				return `${label(`telephony.${q.permission}`)} · ${label("fact.of")} ${q.of}`;
			case "tasks":
				return label(`tasks.${q.toggle}`);
			case "disk":
				return q.path;
			case "disk-action":
				return `${q.path} · ${label(`action.disk.${q.action}`)}`;
			case "vtiger":
				return `${label(`vtiger.module.${q.module}`)} · ${label(`action.vtiger.${q.action}`)}`;
		}
		return "";
	}

	#line(at) {
		return lineLink(at, this.onGoto);
	}

	loading(q) {
		this.question = q;
		this.root.hidden = false;
		this.title.textContent = `${this.names[q.user] || q.user} · ${this.questionText(q)}`;
	}

	/** show renders an explain() result; res may carry a questionError. */
	show(q, res, names) {
		this.names = names ?? this.names;
		this.loading(q);
		const e = res?.explanation;
		if (!e) {
			const msg = res?.questionError?.message ?? res?.error?.message ?? t("explain.unavailable");
			fill(this.body, h("p", { class: "error" }, msg));
			return;
		}
		const scale = scaleOf(e.question);
		const who = this.names[e.user] || e.user;
		this.title.textContent = `${who} · ${this.questionText(e.question)}: ${valueLabel(scale, e.answer)}`;
		const parts = [];
		parts.push(h("p", { class: "answer" }, h("span", { class: `badge ${e.answer === "deny" || e.answer === "none" ? "no" : "yes"}` }, valueLabel(scale, e.answer)), " ", label(`rule.${e.rule}`)));
		if (e.level) parts.push(h("p", null, `${label("explain.level-used")}: `, h("strong", null, valueLabel("crm", e.level))));
		if (e.rules?.length) parts.push(h("p", { class: "muted" }, `${label("explain.level-by")}: `, e.rules.map((r) => label(`rule.${r}`)).join("; ")));

		const cands = e.candidates ?? [];
		if (cands.length) {
			const reach = cands.filter((c) => c.dropped !== "subject-not-reached");
			const missed = cands.filter((c) => c.dropped === "subject-not-reached");
			const ol = h("ol", { class: "steps" });
			ol.append(h("li", null, h("strong", null, t("explain.reach", who)), this.#candTable(reach, scale)));
			const dropped = reach.filter((c) => c.dropped);
			const rulesUsed = [...new Set(dropped.map((c) => c.dropped))];
			for (const r of rulesUsed) {
				ol.append(h("li", null, h("strong", null, label(`rule.${r}`)), h("ul", { class: "plain" }, dropped.filter((c) => c.dropped === r).map((c) => h("li", { class: "dropped" }, this.#candText(c, scale), h("span", { class: "sr" }, ` (${label("explain.dropped")})`), " ", this.#line(c.at))))));
			}
			const win = reach.filter((c) => c.winner);
			// A rule that dropped candidates (a stage row, personal-first) also
			// names the answer; the last step is then the pick among the rest,
			// the highest (SPEC 1.4, step 5), not the same heading again.
			const last = rulesUsed.includes(e.rule) && e.question?.kind === "crm" ? "highest-wins" : e.rule;
			ol.append(h("li", null, h("strong", null, label(`rule.${last}`)), win.length ? h("ul", { class: "plain" }, win.map((c) => h("li", { class: "winner" }, "✓ ", this.#candText(c, scale), " ", this.#line(c.at)))) : null));
			parts.push(ol);
			if (missed.length) {
				parts.push(h("details", null, h("summary", null, tn("explain.missed", missed.length)), h("ul", { class: "plain" }, missed.map((c) => h("li", null, this.#candText(c, scale), " ", this.#line(c.at))))));
			}
		}
		if (e.facts?.length) {
			parts.push(h("h4", null, t("explain.facts")));
			parts.push(h("dl", { class: "facts" }, e.facts.flatMap((f) => [h("dt", null, label(`fact.${f.name}`)), h("dd", null, f.value?.map((v) => valueLabel(scale, v)).join(", ") || "—", " ", this.#line(f.at))])));
		}
		for (const n of e.notes ?? []) parts.push(h("p", { class: "note", role: "note" }, "ℹ ", label(`note.${n.code}`, ...(n.args ?? []))));
		fill(this.body, parts);
	}

	#candText(c, scale) {
		const who = [];
		if (c.roleName || c.role) who.push(h("strong", null, c.roleName || c.role));
		if (c.subject) who.push(` (${subjectText(c.subject, this.names, c.subjectName)}${c.personal ? `, ${label("personal-role")}` : ""})`);
		if (c.stage) who.push(` · ${label(this.question?.entity === "lead" ? "status" : "stage")} ${c.stage}`);
		if (c.source && !["entity", "role"].includes(c.source)) who.push(` · ${t(`source.${c.source}`)}`);
		who.push(": ", h("span", { class: "val" }, valueLabel(scale, c.value)));
		return h("span", null, who);
	}

	#candTable(cands, scale) {
		if (!cands.length) return h("p", { class: "muted" }, label("explain.none"));
		return h("ul", { class: "plain" }, cands.map((c) => h("li", { class: c.winner ? "winner" : c.dropped ? "dropped" : "" }, this.#candText(c, scale), " ", this.#line(c.at))));
	}
}

/** lineLink is a "line N" button that goes to a range's start, or null without one. */
export function lineLink(at, onGoto) {
	if (!at?.start?.line) return null;
	return h("button", { type: "button", class: "link line", onclick: () => onGoto(at.start.line, at.start.col) }, label("explain.line", at.start.line));
}

/**
 * subjectText renders "department-tree:sales" as "Departments and
 * subdepartments: Sales", with the name the text gives (an explanation's
 * subjectName, or for users the matrix's names), else the id.
 */
export function subjectText(s, names = {}, name = "") {
	const i = s.indexOf(":");
	if (i < 0) return label(`subject.${s}`) !== `subject.${s}` ? label(`subject.${s}`) : s;
	const kind = s.slice(0, i);
	const id = s.slice(i + 1);
	return `${label(`subject.${kind}`)}: ${name || (kind === "user" && names[id]) || id}`;
}
