// matrix.js: the effective-access views. CRM: users down, entity x action
// across, a colour and a glyph per level, stage rows on demand; telephony,
// tasks, disk and vtiger in their own tabs. Rows are drawn only where the
// scroll position shows them, so a thousand users stay fast.
import { h, fill, gridKeys } from "./dom.js";
import { t, label, lang } from "./i18n.js";
import { SCALES, TASK_TOGGLES, step, glyph, levelLabel, telephonyScale } from "./levels.js";

const ROW = 30; // px, fixed so that rows can be windowed

export class Matrix {
	constructor(root, { onCell, roleUsers }) {
		this.root = root;
		this.onCell = onCell;
		// roleUsers(role) answers the ids of the users a role reaches: the
		// engine knows, the rows do not say.
		this.roleUsers = roleUsers;
		this.role = "";
		this.roleSet = null;
		// compare is a CRM role whose own levels the users are compared
		// with: only the users who differ, their differing cells marked.
		this.compare = "";
		this.baseline = null; // entity -> the role's levels
		this.compareName = "";
		this.access = null;
		this.tab = "crm";
		this.filter = "";
		this.noAccessOnly = false;
		this.expanded = new Set();
		this.rows = [];
		// The scroll position and the height of the scroller, as last
		// measured: drawing never reads the layout (no forced reflow), it is
		// measured after the frame instead (#measure).
		this.top = 0;
		this.left = 0;
		this.height = 0;
	}

	/** #measure reads the scroller's layout after a frame and redraws if the window moved. */
	#measure() {
		if (this.measuring) return;
		this.measuring = true;
		requestAnimationFrame(() => {
			this.measuring = false;
			const s = this.scroller;
			if (!s?.isConnected) return;
			this.top = s.scrollTop;
			this.left = s.scrollLeft;
			this.height = s.clientHeight;
			// The entities' names stick beside the user column (style.css):
			// its width, once per drawing of the head.
			if (this.userWidthDirty) {
				this.userWidthDirty = false;
				const w = this.table?.querySelector("th.user")?.offsetWidth;
				if (w) s.style.setProperty("--user-width", `${w}px`);
			}
			this.#window();
		});
	}

	#viewHeight() {
		return this.height || Math.max(300, (globalThis.innerHeight || 800) - 150);
	}

	/** show draws a new access result; the filter and tab stay. */
	show(access) {
		this.access = access;
		// A role filter follows the new text: the role may reach other
		// users now, or be gone.
		if (this.role && !access?.roles?.some((r) => r.id === this.role)) {
			this.role = "";
			this.roleSet = null;
		} else if (this.role) this.#filterRole(this.role);
		this.#setCompare(access?.system === "bitrix24" ? this.compare : "", access);
		if (access?.system === "vtiger") this.tab = "vtiger";
		else if (this.tab === "vtiger") this.tab = "crm";
		// The same columns, filters and labels as on screen (an edit's
		// whole matrix, after its rows): the table stays and only the cells
		// that changed are touched. Drawing it anew cost 30 to 40 ms, and
		// laying out the new table as much again, on the page's thread after
		// every edit of a 1,000-user text (CPU profile).
		if (access && this.table?.isConnected && this.#shape(access) === this.shape) this.#update();
		else this.render();
	}

	/** #shape names what the head, the tools and the legend are drawn from. */
	#shape(a) {
		const first = a.users[0];
		// The roles' names, not their levels: an edit of a role's levels keeps
		// the table, unless it is the role compared with.
		const roles = a.roles?.map((r) => [r.id, r.name]);
		const compared = this.compare ? a.roles?.find((r) => r.id === this.compare)?.crm : null;
		return JSON.stringify([lang(), a.system, this.tab, this.compare, compared, a.entities, a.actions, a.modules, roles, [...stagedEntities(a)],
			first?.telephony?.map((p) => p.permission), first?.disk?.map((d) => d.path)]);
	}

	/** #update redraws the body of a matrix of the same shape in place. */
	#update() {
		const before = this.rows;
		const rows = this.#rowList();
		const same = this.trs && rows.length === before.length &&
			rows.every((r, i) => r.u.user === before[i].u.user && r.entity === before[i].entity && r.stage?.stage === before[i].stage?.stage);
		if (!same) {
			this.#drawBody();
			return;
		}
		this.rows = rows;
		this.#syncWindow(null, (i) => before[i].u);
	}

	/**
	 * #syncWindow updates the rows on screen in place, cell by cell (of
	 * the users in only, when given): only what changed is touched, so the
	 * browser restyles and lays out little.
	 */
	#syncWindow(only, prev) {
		for (let i = this.first; i < this.last; i++) {
			if (only && !only.has(this.rows[i].u.user)) continue;
			const k = i - this.first;
			if (this.#syncLevels(k, this.rows[i], i, prev(i))) continue;
			this.trs[k] = sync(this.trs[k], this.#row(this.rows[i], i));
		}
	}

	/**
	 * #syncLevels updates the CRM row on screen at k from was, the user's
	 * data drawn there, to the row's: only the cells whose level changed,
	 * when nothing else in the row can have. It answers false when the
	 * whole row must be compared instead (another tab, a stage row, other
	 * flags or entities). An edit usually changes a cell or two a row, and
	 * describing every cell of every row on screen to compare them took 7
	 * to 36 ms in the first edits of a 1,000-user text.
	 */
	#syncLevels(k, r, i, was) {
		const u = r.u;
		if (this.tab !== "crm" || r.stage || !was || was.user !== u.user || !sameUserCell(was, u)) return false;
		const a = was.crm ?? [];
		const b = u.crm ?? [];
		if (a.length !== b.length || a.some((er, e) => er.entity !== b[e].entity || er.levels.length !== b[e].levels.length)) return false;
		const tds = this.trs[k].children;
		let at = 1; // the user's cell comes first
		for (let e = 0; e < b.length; e++) {
			const levels = b[e].levels;
			for (let j = 0; j < levels.length; j++, at++) {
				if (levels[j] !== a[e].levels[j]) syncCell(tds[at], this.#crmCell(u, b[e], j, null, i));
			}
		}
		return true;
	}

	/**
	 * warm draws a made-up matrix once, off the page, while the page waits
	 * for the engine: the first real one then runs warmed-up code.
	 */
	warm() {
		const levels = SCALES.crm;
		const entities = ["lead", "deal", "contact", "company"];
		const actions = ["read", "add", "update", "delete"];
		const users = Array.from({ length: 12 }, (_, i) => ({
			user: `u${i}`, name: `User ${i}`, departments: ["d"], role: "r",
			crm: entities.map((entity, k) => ({ entity, levels: actions.map((_, j) => levels[(i + j + k) % 6]), stages: [] })),
		}));
		const off = new Matrix(document.createElement("div"), { onCell: () => {} });
		off.show({ system: "bitrix24", entities, actions, users });
	}

	/** visibleUsers lists the users whose rows are on screen. */
	visibleUsers() {
		if (!this.rows?.length) return [];
		const ids = new Set();
		const top = Math.floor(this.top / ROW);
		const count = Math.ceil(this.#viewHeight() / ROW);
		for (let i = Math.max(0, top); i < Math.min(this.rows.length, top + count); i++) ids.add(this.rows[i].u.user);
		return [...ids];
	}

	/** patch replaces some users' rows (from a partial analysis) and redraws. */
	patch(rows) {
		if (!this.access || !rows.length) return;
		const byId = new Map(rows.map((r) => [r.user, r]));
		this.access = { ...this.access, users: this.access.users.map((u) => byId.get(u.user) ?? u) };
		// The same rows in the same places (the filter is on names): only
		// the users' data changes, and only the rows on screen are redrawn.
		let moved = false;
		const was = new Map(); // the users drawn in the rows on screen
		for (let i = 0; i < this.rows.length; i++) {
			const r = this.rows[i];
			const u = byId.get(r.u.user);
			if (!u) continue;
			if (i >= this.first && i < this.last) was.set(i, r.u);
			if (r.stage) {
				const er = u.crm?.find((x) => x.entity === r.entity);
				const st = er?.stages?.find((x) => x.stage === r.stage.stage);
				if (!st) {
					moved = true;
					break;
				}
				r.stage = st;
			}
			r.u = u;
		}
		if (moved || !this.trs) {
			this.#drawBody();
			return;
		}
		this.#syncWindow(byId, (i) => was.get(i));
	}

	render() {
		const a = this.access;
		if (!a) {
			fill(this.root, h("p", { class: "empty" }, t("matrix.none")));
			return;
		}
		const tabs = a.system === "vtiger" ? ["vtiger"] : ["crm", "telephony", "tasks", "disk"];
		const bar = h("div", { class: "subtabs", role: "tablist", "aria-label": t("matrix.areas") },
			tabs.map((k) => h("button", { role: "tab", type: "button", "aria-selected": String(k === this.tab), class: k === this.tab ? "on" : "", onclick: () => { this.tab = k; this.render(); } }, t(`area.${k}`))));
		const search = h("input", { type: "search", class: "filter", placeholder: t("filter.placeholder"), "aria-label": t("filter.label"), value: this.filter });
		search.addEventListener("input", () => {
			this.filter = search.value;
			this.#drawBody();
		});
		const roleSelect = a.roles?.length
			? h("select", { class: "role-filter", "aria-label": t("filter.role"), title: t("filter.role"), onchange: (e) => this.#filterRole(e.target.value) },
				h("option", { value: "" }, t("filter.anyrole")),
				a.roles.map((r) => h("option", { value: r.id, selected: r.id === this.role }, r.name ? `${r.name} (${r.id})` : r.id)))
			: null;
		const noAccess = h("label", { class: "check" }, h("input", { type: "checkbox", checked: this.noAccessOnly, onchange: (e) => { this.noAccessOnly = e.target.checked; this.#drawBody(); } }), t("filter.noaccess"));
		const compare = a.system === "bitrix24" && this.tab === "crm" && a.roles?.some((r) => r.crm)
			? h("select", { class: "compare", "aria-label": t("filter.compare"), title: t("filter.compare"), onchange: (e) => this.#compareWith(e.target.value) },
				h("option", { value: "" }, t("filter.compare.none")),
				a.roles.map((r) => h("option", { value: r.id, selected: r.id === this.compare }, t("filter.compare.role", r.name ? `${r.name} (${r.id})` : r.id))))
			: null;
		const tools = h("div", { class: "tools" }, bar, search, roleSelect, compare, a.system === "bitrix24" ? noAccess : null);
		const keepTop = this.top;
		const keepLeft = this.left;
		this.table = h("table", { class: `matrix ${this.tab}`, "aria-label": t(`area.${this.tab}`) });
		this.scroller = h("div", { class: "scroller" }, this.table);
		this.scroller.addEventListener("scroll", () => {
			this.top = this.scroller.scrollTop;
			this.left = this.scroller.scrollLeft;
			this.height = this.scroller.clientHeight;
			this.#window();
		});
		this.table.addEventListener("keydown", gridKeys); // Enter or Space explains a cell
		this.table.addEventListener("click", (e) => {
			const td = e.target.closest?.("td.c");
			if (!td?.question) return;
			// The clicked cell becomes the table's tab stop, where the focus
			// returns when the explanation closes.
			for (const c of this.tbody.querySelectorAll('td.c[tabindex="0"]')) c.tabIndex = -1;
			td.tabIndex = 0;
			this.onCell(td.question);
		});
		fill(this.root, tools, this.#legend(), this.scroller);
		this.shape = this.#shape(a);
		this.#drawHead();
		this.#drawBody();
		// Setting a scroll position lays the page out: only when there is one.
		if (keepTop) this.scroller.scrollTop = keepTop;
		if (keepLeft) this.scroller.scrollLeft = keepLeft;
		this.#measure();
	}

	#legend() {
		const scale = this.tab === "crm" ? "crm" : this.tab === "disk" ? "disk" : null;
		if (!scale) {
			if (this.tab === "vtiger" || this.tab === "tasks") {
				return h("div", { class: "legend" }, h("span", { class: "sw lv5" }, "✓"), " ", label("answer.allow"), h("span", { class: "sw lv0" }, "—"), " ", label("answer.deny"));
			}
			return h("div", { class: "legend" }, t("legend.telephony"));
		}
		return h("div", { class: "legend", "aria-label": t("legend") },
			SCALES[scale].map((w) => h("span", { class: "item" }, h("span", { class: `sw lv${step(scale, w)}` }, glyph(scale, w)), levelLabel(scale, w))),
			this.tab === "crm" ? h("span", { class: "item" }, h("span", { class: "sw differs" }, "•"), t("legend.differs")) : null,
			this.tab === "crm" && this.baseline ? h("span", { class: "item" }, h("span", { class: "sw vsrole" }, "•"), t("legend.vsrole", this.compareName)) : null);
	}

	/** #compareWith compares the users with a role's own levels ("" stops). */
	#compareWith(role) {
		this.#setCompare(role, this.access);
		this.render();
	}

	/** #setCompare takes role's levels in access as the baseline; a role gone stops comparing. */
	#setCompare(role, access) {
		const r = role ? access?.roles?.find((x) => x.id === role && x.crm) : null;
		this.compare = r ? role : "";
		this.baseline = r ? new Map(r.crm.map((er) => [er.entity, er.levels])) : null;
		this.compareName = r ? r.name || r.id : "";
	}

	/** #differsFromBaseline tells whether a user has an entity level other than the compared role's. */
	#differsFromBaseline(u) {
		return (u.crm ?? []).some((er) => {
			const base = this.baseline.get(er.entity);
			return base && er.levels.some((w, j) => w !== base[j]);
		});
	}

	/** #filterRole shows only the users role reaches ("" shows all). */
	async #filterRole(role) {
		this.role = role;
		if (!role) {
			this.roleSet = null;
			this.#drawBody();
			return;
		}
		const asked = this.access;
		const ids = await this.roleUsers?.(role);
		if (this.role !== role || this.access !== asked || !ids) return; // a newer question or text
		this.roleSet = new Set(ids);
		this.#drawBody();
	}

	#users() {
		const q = this.filter.trim().toLowerCase();
		return this.access.users.filter((u) => {
			if (this.roleSet && !this.roleSet.has(u.user)) return false;
			if (this.noAccessOnly && !u.noCrmAccess) return false;
			if (this.baseline && this.tab === "crm" && !this.#differsFromBaseline(u)) return false;
			if (!q) return true;
			return [u.user, u.name, u.role, ...(u.departments ?? [])].some((s) => s && String(s).toLowerCase().includes(q));
		});
	}

	#drawHead() {
		this.userWidthDirty = true;
		const a = this.access;
		const thead = h("thead");
		const userTh = (rows) => h("th", { rowspan: rows, class: "user", scope: "col" }, t("user"));
		if (this.tab === "crm") {
			const ents = a.entities ?? [];
			const hasStages = stagedEntities(a);
			thead.append(
				h("tr", null, userTh(2), ents.map((e) => h("th", { colspan: a.actions.length, scope: "colgroup", class: "ent" },
					hasStages.has(e)
						? h("button", { type: "button", class: "expand ent-label", "aria-expanded": String(this.expanded.has(e)), title: t("stages.toggle"), onclick: () => { this.expanded.has(e) ? this.expanded.delete(e) : this.expanded.add(e); this.#drawBody(); this.#drawHead(); } }, (this.expanded.has(e) ? "▾ " : "▸ ") + label(`entity.${e}`))
						: h("span", { class: "ent-label" }, label(`entity.${e}`))))),
				h("tr", null, ents.flatMap((e) => a.actions.map((act, i) => h("th", { scope: "col", class: i === 0 ? "act first" : "act", title: `${label(`entity.${e}`)} · ${label(`action.crm.${act}`)}` }, t(`abbr.${act}`))))),
			);
		} else if (this.tab === "telephony") {
			const perms = a.users[0]?.telephony?.map((p) => p.permission) ?? [];
			thead.append(h("tr", null, userTh(1), perms.map((p) => h("th", { scope: "col" }, label(`telephony.${p}`)))));
		} else if (this.tab === "tasks") {
			thead.append(h("tr", null, userTh(1), TASK_TOGGLES.map((x) => h("th", { scope: "col", class: "rot" }, label(`tasks.${x}`)))));
		} else if (this.tab === "disk") {
			const paths = a.users[0]?.disk?.map((d) => d.path) ?? [];
			thead.append(h("tr", null, userTh(1), paths.map((p) => h("th", { scope: "col" }, p))));
		} else {
			thead.append(
				h("tr", null, userTh(2), a.modules.map((m) => h("th", { colspan: a.actions.length, scope: "colgroup", class: "ent" }, h("span", { class: "ent-label" }, label(`vtiger.module.${m}`))))),
				h("tr", null, a.modules.flatMap((m) => a.actions.map((act, i) => h("th", { scope: "col", class: i === 0 ? "act first" : "act", title: `${label(`vtiger.module.${m}`)} · ${label(`action.vtiger.${act}`)}` }, t(`abbr.${act}`))))),
			);
		}
		this.table.querySelector("thead")?.remove();
		this.table.prepend(thead);
	}

	/** #rowList lists the rows the filters leave: users, and their stages when expanded. */
	#rowList() {
		const rows = [];
		for (const u of this.#users()) {
			rows.push({ u });
			if (this.tab === "crm" && this.expanded.size) {
				for (const er of u.crm ?? []) {
					if (!this.expanded.has(er.entity)) continue;
					for (const s of er.stages ?? []) rows.push({ u, entity: er.entity, stage: s });
				}
			}
		}
		return rows;
	}

	#drawBody() {
		const rows = this.#rowList();
		this.rows = rows;
		this.tbody?.remove();
		this.tbody = h("tbody");
		this.table.append(this.tbody);
		this.first = -1;
		this.#window(true);
		if (!rows.length) this.tbody.append(h("tr", null, h("td", { class: "empty", colspan: 99 }, t(this.access.users.length ? "filter.nomatch" : "matrix.nousers"))));
		this.#measure();
	}

	#window(force) {
		if (!this.tbody || !this.rows.length) {
			this.trs = null;
			return;
		}
		const top = this.top;
		const height = this.#viewHeight();
		const first = Math.max(0, Math.min(Math.floor(top / ROW), this.rows.length - Math.ceil(height / ROW)) - 6);
		const last = Math.min(this.rows.length, Math.ceil((top + height) / ROW) + 6);
		if (!force && first === this.first && last === this.last) return;
		const focused = document.activeElement?.closest?.("td[data-key]")?.dataset.key;
		// Rows that stay on screen stay in the table; only those coming in
		// are drawn. Drawing every row again made each step of a scroll cost
		// 9 to 30 ms of script at 1,000 users, and as much of layout.
		const from = Math.max(first, this.first);
		const to = Math.min(last, this.last);
		const make = (i) => rowElement(this.#row(this.rows[i], i));
		if (!force && this.trs && from < to) {
			const kept = this.trs.slice(from - this.first, to - this.first);
			this.trs.forEach((tr, k) => (this.first + k < from || this.first + k >= to) && tr.remove());
			const before = [];
			const after = [];
			for (let i = first; i < from; i++) before.push(make(i));
			for (let i = to; i < last; i++) after.push(make(i));
			kept[0].before(...before);
			kept[kept.length - 1].after(...after);
			this.trs = [...before, ...kept, ...after];
		} else {
			this.trs = [];
			for (let i = first; i < last; i++) this.trs.push(make(i));
			fill(this.tbody, this.trs);
		}
		this.first = first;
		this.last = last;
		// Spacer rows stand for the rows above and below the window (their
		// heights through the CSSOM: style attributes are not allowed by
		// the CSP).
		this.#pad("top", first, this.trs[0], "before");
		this.#pad("bottom", this.rows.length - last, this.trs[this.trs.length - 1], "after");
		const again = focused && this.tbody.querySelector(`td[data-key="${CSS.escape(focused)}"]`);
		if (again) {
			for (const c of this.tbody.querySelectorAll('td.c[tabindex="0"]')) c.tabIndex = -1;
			again.tabIndex = 0;
			if (document.activeElement !== again) again.focus({ preventScroll: true });
		} else if (!this.tbody.querySelector('td.c[tabindex="0"]')) {
			const cell = this.tbody.querySelector("td.c");
			if (cell) cell.tabIndex = 0;
		}
	}

	/** #pad keeps the spacer row of one side, standing for n rows, beside row. */
	#pad(side, n, row, where) {
		const key = side === "top" ? "padTop" : "padBottom";
		let pad = this[key];
		if (!n) {
			pad?.remove();
			this[key] = null;
			return;
		}
		if (!pad?.isConnected || pad.parentNode !== this.tbody) {
			pad = h("tr", { class: "pad", "aria-hidden": "true" }, h("td", { colspan: 99 }));
			this[key] = pad;
		}
		if ((where === "before" ? row.previousSibling : row.nextSibling) !== pad) row[where](pad);
		pad.firstChild.style.height = `${n * ROW}px`;
	}

	#userCell(u, stage) {
		if (stage) return h("th", { scope: "row", class: "user stage" }, h("span", { class: "muted" }, `${label(stage.entity === "lead" ? "status" : "stage")} `), stage.stage.stage);
		const flags = []; // [text, title]
		if (u.admin) flags.push([label("admin")]);
		if (u.extranet) flags.push([label("extranet")]);
		// No role is why there is no CRM access: one flag says both, as two
		// did not fit beside a name.
		if (u.noRole && this.tab === "crm") flags.push([t("norole"), `${t("norole")} · ${label("no-crm-access")}`]);
		else if (u.noCrmAccess && !u.extranet && this.tab === "crm") flags.push([label("no-crm-access")]);
		return h("th", { scope: "row", class: "user", title: [u.user, ...(u.departments ?? []), u.role].filter(Boolean).join(" · ") },
			h("span", { class: "name" }, u.name || u.user),
			flags.length ? h("span", { class: "flags" }, flags.map(([f, title]) => h("span", { class: "flag", title: title ?? f }, f))) : null);
	}

	// #cell describes a level cell; cellElement makes it, sync updates one.
	#cell(scale, word, title, q, key, extra = "") {
		return { cls: `c lv${step(scale, word)}${extra}`, title, q, level: word, key, textContent: glyph(scale, word) };
	}

	/** #crmCell describes the CRM cell of action j of er, a user's entity (of its stage when given), in row i. */
	#crmCell(u, er, j, stage, i) {
		const act = this.access.actions[j];
		const w = stage ? stage.levels[j] : er.levels[j];
		const q = { user: u.user, kind: "crm", entity: er.entity, action: act };
		if (stage) q.stage = stage.stage;
		const differs = stage ? stage.levels[j] !== er.levels[j] : false;
		// Compared with a role: the entity cells whose level is not the role's.
		const base = !stage && this.baseline && this.tab === "crm" ? this.baseline.get(er.entity)?.[j] : undefined;
		const vs = base !== undefined && base !== w;
		const title = `${u.name || u.user} · ${label(`entity.${er.entity}`)} · ${label(`action.crm.${act}`)}${stage ? ` · ${stage.stage}` : ""}: ${levelLabel("crm", w)}${differs ? ` (${t("legend.differs")})` : ""}${vs ? ` (${t("compare.cell", this.compareName, levelLabel("crm", base))})` : ""}`;
		return this.#cell("crm", w, title, q, `${i}:${er.entity}:${j}`, (j === 0 ? " first" : "") + (differs ? " differs" : "") + (vs ? " vsrole" : ""));
	}

	#row(r, i) {
		const u = r.u;
		const a = this.access;
		// The row as a description (its class, its cells): made into a <tr>
		// when drawn, compared with the one drawn when patched.
		const tr = { cls: r.stage ? "stagerow" : i % 2 ? "odd" : "", items: [], append(...xs) { this.items.push(...xs); } };
		tr.append(this.#userCell(u, r.stage ? { entity: r.entity, stage: r.stage } : null));
		const who = u.name || u.user;
		if (this.tab === "crm") {
			for (const er of u.crm ?? []) {
				if (r.stage && er.entity !== r.entity) {
					a.actions.forEach((_, j) => tr.append({ blank: true, cls: j === 0 ? "blank first" : "blank" }));
					continue;
				}
				const levels = r.stage ? r.stage.levels : er.levels;
				for (let j = 0; j < levels.length; j++) tr.append(this.#crmCell(u, er, j, r.stage, i));
			}
		} else if (this.tab === "telephony") {
			for (const p of u.telephony ?? []) {
				const scale = telephonyScale(p.permission);
				const td = this.#cell(scale, p.level, `${who} · ${label(`telephony.${p.permission}`)}: ${levelLabel(scale, p.level)}`, { user: u.user, kind: "telephony", permission: p.permission }, `${i}:${p.permission}`, " wide");
				td.textContent = levelLabel(scale, p.level);
				tr.append(td);
			}
		} else if (this.tab === "tasks") {
			const has = new Set(u.tasks ?? []);
			for (const x of TASK_TOGGLES) {
				const w = has.has(x) ? "allow" : "none";
				const td = this.#cell("allow", w, `${who} · ${label(`tasks.${x}`)}: ${label(`answer.${has.has(x) ? "allow" : "deny"}`)}`, { user: u.user, kind: "tasks", toggle: x }, `${i}:${x}`);
				td.textContent = has.has(x) ? "✓" : "—";
				tr.append(td);
			}
		} else if (this.tab === "disk") {
			for (const d of u.disk ?? []) {
				const td = this.#cell("disk", d.level, `${who} · ${d.path}: ${levelLabel("disk", d.level)}`, { user: u.user, kind: "disk", path: d.path }, `${i}:${d.path}`, " wide");
				td.textContent = levelLabel("disk", d.level);
				tr.append(td);
			}
		} else {
			for (const m of u.vtiger ?? []) {
				m.actions.forEach((c, j) => {
					const scope = (c.scope ?? []).map((s) => label(`scope.${s}`)).join(", ");
					const title = `${who} · ${label(`vtiger.module.${m.module}`)} · ${label(`action.vtiger.${c.action}`)}: ${label(`answer.${c.allow ? "allow" : "deny"}`)}${scope ? ` (${scope})` : ""}`;
					const td = this.#cell("allow", c.allow ? "allow" : "none", title, { user: u.user, kind: "vtiger", module: m.module, action: c.action }, `${i}:${m.module}:${j}`, j === 0 ? " first" : "");
					td.textContent = c.allow ? (c.scope?.some((s) => s.startsWith("all")) ? "✓✓" : "✓") : "—";
					tr.append(td);
				});
			}
		}
		return tr;
	}
}

// stagedEntities are the entities with stage rows. A packed matrix says so
// in its layout, without decoding every user.
function stagedEntities(a) {
	const rows = a.layout ? a.layout.crm : a.users.flatMap((u) => u.crm ?? []);
	return new Set(rows.filter((r) => r.stages?.length).map((r) => r.entity));
}

// Rows are written as escaped HTML, one innerHTML a row: far cheaper than
// a DOM call per cell and attribute (measured: the first 11-user matrix
// took 90 ms to build the other way). Every value from the configuration
// goes through esc.
const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (v) => String(v).replace(/[&<>"']/g, (c) => ESC[c]);
const dataName = (k) => k.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());

function cellHTML(d) {
	if (d.blank) return `<td class="${esc(d.cls)}"></td>`;
	let s = `<td class="${esc(d.cls)}" tabindex="-1" title="${esc(d.title)}"`;
	for (const [k, v] of Object.entries(d.q)) s += ` data-${dataName(k)}="${esc(v)}"`;
	return s + ` data-level="${esc(d.level)}" data-key="${esc(d.key)}">${esc(d.textContent)}</td>`;
}

// attach gives a cell made from HTML what the click handler and sync read.
function attach(td, d) {
	if (!d.blank) td.question = d.q;
	td.desc = d;
	return td;
}

function cellElement(d) {
	const tr = document.createElement("tr");
	tr.innerHTML = cellHTML(d);
	return attach(tr.firstChild, d);
}

function rowElement(row) {
	const tr = document.createElement("tr");
	if (row.cls) tr.className = row.cls;
	let html = "";
	for (const x of row.items) if (!(x instanceof Node)) html += cellHTML(x);
	tr.innerHTML = html;
	// Elements (the user's header cell) go back in their places.
	row.items.forEach((x, i) => {
		if (x instanceof Node) tr.insertBefore(x, tr.children[i] ?? null);
	});
	row.items.forEach((x, i) => {
		if (!(x instanceof Node)) attach(tr.children[i], x);
	});
	return tr;
}

// sync makes the row old (in the table) look like the description row of
// the same place, changing only the cells that differ; it returns the row
// in the table.
function sync(old, row) {
	if (old.className !== row.cls || old.children.length !== row.items.length) {
		const tr = rowElement(row);
		old.replaceWith(tr);
		return tr;
	}
	row.items.forEach((x, k) => {
		const a = old.children[k];
		if (x instanceof Node) {
			if (!a.isEqualNode(x)) a.replaceWith(x);
			return;
		}
		const was = a.desc;
		if (!was || was.blank || x.blank) {
			if (!was || was.blank !== x.blank || was.cls !== x.cls) a.replaceWith(cellElement(x));
			return;
		}
		syncCell(a, x);
	});
	return old;
}

// syncCell makes the level cell a (in the table) look like the description
// x. The element stays: its focus, its tab stop.
function syncCell(a, x) {
	const was = a.desc;
	a.question = x.q;
	a.desc = x;
	if (was.cls === x.cls && was.title === x.title && was.level === x.level && was.key === x.key && was.textContent === x.textContent && sameQuestion(was.q, x.q)) return;
	if (was.cls !== x.cls) a.className = x.cls;
	if (was.title !== x.title) a.title = x.title;
	for (const key of Object.keys(a.dataset)) if (key !== "level" && key !== "key" && !(key in x.q)) delete a.dataset[key];
	for (const [key, v] of Object.entries(x.q)) if (a.dataset[key] !== v) a.dataset[key] = v;
	if (was.level !== x.level) a.dataset.level = x.level;
	if (was.key !== x.key) a.dataset.key = x.key;
	if (was.textContent !== x.textContent) a.textContent = x.textContent;
}

// sameUserCell tells whether two users' header cells read the same: the
// same name, flags, departments and role.
function sameUserCell(a, b) {
	return a.name === b.name && a.role === b.role && !!a.admin === !!b.admin && !!a.extranet === !!b.extranet &&
		!!a.noCrmAccess === !!b.noCrmAccess && !!a.noRole === !!b.noRole &&
		(a.departments ?? []).length === (b.departments ?? []).length && (a.departments ?? []).every((d, k) => d === b.departments[k]);
}

function sameQuestion(a, b) {
	const ka = Object.keys(a);
	if (ka.length !== Object.keys(b).length) return false;
	return ka.every((k) => a[k] === b[k]);
}
