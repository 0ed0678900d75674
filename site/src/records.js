// records.js: records per user (which records may this user read, edit,
// delete) and per record (who may). Every answer is the engine's, and
// every cell opens its explanation.
import { h, fill, gridKeys } from "./dom.js";
import { t, label, labelOr, actionLabel } from "./i18n.js";

export class Records {
	constructor(root, { ask, onCell }) {
		this.root = root;
		this.ask = ask; // (args) => Promise of the worker's records answer
		this.onCell = onCell;
		this.mode = "user";
		this.user = "";
		this.record = "";
	}

	async refresh() {
		const res = await this.ask({ user: this.mode === "user" ? this.user : "", record: this.mode === "record" ? this.record : "" });
		if (!res?.ok) {
			fill(this.root, h("p", { class: "empty" }, t("matrix.none")));
			return;
		}
		// No choice yet, or one the text no longer has (another workspace,
		// a user renamed): the first useful one.
		if (this.mode === "user" && res.users.length && !res.users.some((u) => u.user === this.user)) {
			this.user = (res.users.find((u) => u.useful) ?? res.users[0]).user;
			return this.refresh();
		}
		if (this.mode === "record" && res.records.length && !res.records.some((r) => r.id === this.record)) {
			this.record = res.records[0].id;
			return this.refresh();
		}
		this.render(res);
	}

	render(res) {
		const modeSel = h("div", { class: "seg", role: "radiogroup", "aria-label": t("records.mode") },
			["user", "record"].map((m) => h("button", { type: "button", role: "radio", "aria-checked": String(this.mode === m), class: this.mode === m ? "on" : "", onclick: () => { this.mode = m; this.refresh(); } }, t(`records.by.${m}`))));
		let picker;
		if (this.mode === "user") {
			picker = h("select", { "aria-label": t("user"), onchange: (e) => { this.user = e.target.value; this.refresh(); } },
				res.users.map((u) => h("option", { value: u.user, selected: u.user === this.user }, u.name ? `${u.name} (${u.user})` : u.user)));
		} else {
			picker = h("select", { "aria-label": t("record"), onchange: (e) => { this.record = e.target.value; this.refresh(); } },
				res.records.map((r) => h("option", { value: r.id, selected: r.id === this.record }, r.id)));
		}
		const head = h("tr", null, this.mode === "user"
			? [h("th", { scope: "col" }, t("record")), h("th", { scope: "col" }, t("records.entity")), h("th", { scope: "col" }, label("fact.responsible"))]
			: [h("th", { scope: "col" }, t("user"))], res.actions.map((a) => h("th", { scope: "col" }, actionLabel(a))));
		const names = new Map(res.users.map((u) => [u.user, u.name]));
		const rows = res.rows.map((r) => {
			const who = this.mode === "user" ? this.user : r.user;
			const rec = this.mode === "user" ? r.id : this.record;
			const lead = this.mode === "user"
				? [h("th", { scope: "row" }, r.id), h("td", null, r.entity ? labelOr(`entity.${r.entity}`, `vtiger.module.${r.entity}`) : ""), h("td", null, names.get(r.responsible) || r.responsible, r.stale ? h("span", { class: "flag", title: t("records.stale.title") }, t("records.stale")) : null)]
				: [h("th", { scope: "row" }, r.name || r.user)];
			return h("tr", null, lead, r.answers.map((ans, i) => h("td", { class: `c ${ans === "allow" ? "lv5" : "lv0"}`, tabindex: "-1", role: "button", dataset: { user: who, record: rec, action: res.actions[i] }, title: label(`answer.${ans ?? "deny"}`) }, ans === "allow" ? "✓" : "—")));
		});
		// One tab stop in the table, arrow keys between cells (gridKeys),
		// and one handler for every cell's explanation.
		const first = rows[0]?.querySelector("td.c");
		if (first) first.tabIndex = 0;
		const table = h("table", { class: "records", onkeydown: gridKeys }, h("thead", null, head), h("tbody", null, rows));
		table.addEventListener("click", (e) => {
			const d = e.target.closest?.("td.c")?.dataset;
			if (d) this.onCell({ user: d.user, kind: "record", record: d.record, action: d.action });
		});
		const none = !res.records.length ? h("p", { class: "empty" }, t("records.none")) : null;
		const cut = res.total > res.rows.length ? h("p", { class: "muted" }, t("records.cut", res.rows.length, res.total)) : null;
		fill(this.root, h("div", { class: "tools" }, modeSel, picker), cut, none || h("div", { class: "scroller" }, table));
	}
}
