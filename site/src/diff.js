// diff.js: what changes for whom between an earlier text (a saved version
// or pasted text) and the current one: gained in green, lost in red, with
// a one-line summary on top.
import { h, fill } from "./dom.js";
import { t, tn, label, actionLabel, lang } from "./i18n.js";
import { valueLabel, telephonyScale } from "./levels.js";

function itemText(c) {
	switch (c.kind) {
		case "crm": {
			const [ent, stage] = (c.item ?? "").split("/");
			return [label(`entity.${ent}`), label(`action.crm.${c.action}`), stage].filter(Boolean).join(" · ");
		}
		case "settings":
			return label("settings");
		case "telephony":
			return label(`telephony.${c.item}`);
		case "tasks":
			return label(`tasks.${c.item}`);
		case "disk":
			return c.item;
		case "record": {
			return `${t("record")} ${c.item} · ${actionLabel(c.action)}`;
		}
		case "module":
		case "scope":
			return `${label(`vtiger.module.${c.item}`)} · ${label(`action.vtiger.${c.action}`)}`;
		case "user":
			return t("user");
	}
	return c.item ?? "";
}

function scaleFor(c) {
	if (c.kind === "telephony") return telephonyScale(c.item);
	if (c.kind === "disk") return "disk";
	return "crm";
}

export class Diff {
	constructor(root, { versions, versionText, compare, names }) {
		this.root = root;
		this.versions = versions; // () => Promise of [{id, saved}]
		this.versionText = versionText; // (id) => Promise of text
		this.compare = compare; // (oldText) => Promise of diff result
		this.names = names; // () => {user: name}
		this.source = "";
		this.pasted = "";
	}

	async refresh() {
		const vs = (await this.versions().catch(() => [])) ?? [];
		const sel = h("select", { "aria-label": t("diff.against"), onchange: (e) => { this.source = e.target.value; this.refresh(); } },
			vs.map((v, i) => h("option", { value: v.id, selected: this.source === v.id || (!this.source && i === 0) }, `${t("diff.version")} ${new Date(v.saved).toLocaleString(lang())}`)),
			h("option", { value: "paste", selected: this.source === "paste" }, t("diff.paste")));
		if (!this.source) this.source = vs[0]?.id ?? "paste";
		const out = h("div", { class: "diff-out" });
		// Pasted text is compared as it comes in (after a pause), and only
		// the result is drawn again, so the text area keeps its focus.
		const area = this.source === "paste"
			? h("textarea", { class: "paste", rows: "6", "aria-label": t("diff.paste"), placeholder: t("diff.paste.hint"), value: this.pasted, oninput: (e) => {
				this.pasted = e.target.value;
				clearTimeout(this.pasteTimer);
				this.pasteTimer = setTimeout(() => this.#compareWith(out, this.pasted), 300);
			} })
			: null;
		fill(this.root, h("div", { class: "tools" }, h("label", null, t("diff.against"), " ", sel)), area, out);
		await this.#compareWith(out, this.source === "paste" ? this.pasted : await this.versionText(this.source).catch(() => ""));
	}

	async #compareWith(out, oldText) {
		if (!oldText) {
			fill(out, h("p", { class: "empty" }, t("diff.nothing")));
			return;
		}
		const res = await this.compare(oldText);
		// A newer paste or another source may have come meanwhile.
		if (out.isConnected && (this.source !== "paste" || oldText === this.pasted)) this.render(out, res);
	}

	render(out, res) {
		if (!res || res.error) {
			fill(out, h("p", { class: "empty" }, res?.error?.code === "unavailable" ? t("diff.unavailable") : res?.error?.message ?? ""));
			return;
		}
		const rep = res.diff;
		if (!rep?.users) {
			const diags = [...(res.old?.diagnostics ?? []), ...(res.new?.diagnostics ?? [])].filter((d) => d.severity === "error");
			fill(out, h("p", { class: "error" }, res.problem || diags.map((d) => d.message).join("; ") || t("diff.invalid")));
			return;
		}
		const s = rep.summary ?? {};
		const names = this.names();
		const summary = h("p", { class: "summary" }, tn("diff.summary", s.users ?? rep.users.length, s.gained ?? 0, s.lost ?? 0, s.changed ?? 0));
		if (!rep.users.length) {
			fill(out, summary, h("p", { class: "empty" }, t("diff.same")));
			return;
		}
		fill(out, summary, rep.users.map((u) => h("section", { class: "diff-user" },
			h("h4", null, names[u.user] || u.user),
			h("ul", { class: "plain" }, u.changes.map((c) => h("li", { class: `chg ${c.direction}` },
				h("span", { class: "dir", "aria-label": t(`diff.${c.direction}`) }, c.direction === "gained" || c.direction === "added" ? "+" : c.direction === "lost" || c.direction === "removed" ? "−" : "~"), " ",
				itemText(c), ": ", valueLabel(scaleFor(c), c.old || "none"), " → ", h("strong", null, valueLabel(scaleFor(c), c.new || "none")),
				c.stages?.length ? h("span", { class: "muted" }, ` (${label(c.item?.startsWith("lead") ? "status" : "stage")}: ${c.stages.join(", ")})`) : null))))));
	}
}
