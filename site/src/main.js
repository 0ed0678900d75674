// main.js: the playground. It wires the editor, the engine in its worker,
// the views, saved work and share links; the state of the page is the
// `app` object below and nothing else.
import "./boot.js"; // the worker, a link's analysis: already started unless main.js came first
import { h, fill, $, $$ } from "./dom.js";
import * as i18n from "./i18n.js";
import { t, tn } from "./i18n.js";
import { Engine } from "./engine.js";
import { Matrix } from "./matrix.js";
import { Drawer } from "./explain.js";
import { Records } from "./records.js";
import { renderTests, renderLint } from "./checks.js";
import { Diff } from "./diff.js";
import * as share from "./share.js";
import * as stores from "./store.js";
import { unpackAccess } from "../../wasm/packed.mjs";

const app = {
	engine: null,
	store: null,
	editor: null,
	workspace: null, // {id, name}
	text: "",
	analysis: null, // the last access result, tests, lint
	view: "access",
	templates: [],
	savedAt: null,
	saveTimer: 0,
	// Measurements for the status line and the end-to-end tests.
	timing: { edits: 0, lastMs: 0 },
	lintCode: "", // the kind of lint findings picked ("" for all)
	checked: false, // the tests and lint views show a valid text's results
};
window.rolelens = app; // for the end-to-end tests and the curious

// The engine started loading before anything else (boot.js): the wasm is
// the long pole. The editor (CodeMirror, most of the code) loads on its
// own, after the first matrix when a link opens.
performance.mark("rolelens:start");
app.engine = new Engine(new URL("worker.js", import.meta.url));

const nonce = (() => {
	const v = $('meta[name="csp-nonce"]')?.content;
	return v && !v.startsWith("__") ? v : undefined;
})();

function setStatus(text) {
	$("#status").textContent = text;
}

function banner(text, actions = []) {
	const b = $("#banner");
	if (!text) {
		b.hidden = true;
		return;
	}
	fill(b, h("span", null, text), actions.map(([name, f]) => h("button", { type: "button", onclick: f }, name)), h("button", { type: "button", class: "icon", "aria-label": t("close"), onclick: () => (b.hidden = true) }, "×"));
	b.hidden = false;
}

// ---- analysis: the matrix first, then tests and lint ----

/** currentText is the configuration: the editor's, or before it exists the text being shown. */
const currentText = () => app.editor?.text ?? app.text;

function analyze(text = currentText(), force = false) {
	// The same text in the same language is resolved already (or on its
	// way): a change that changed nothing asks nothing of the engine.
	if (!force && text === app.text && app.analyzedLang === i18n.lang() && app.matrix.access) return;
	app.text = text;
	app.analyzedLang = i18n.lang();
	const big = (app.matrix.access?.users.length ?? 0) > 200 && app.view === "access";
	app.engine.analyze(text, i18n.lang(), handlers(app.lintCode, text), big ? app.matrix.visibleUsers() : undefined, app.lintCode);
}

// handlers are the callbacks of one analysis of text, in its phases;
// lintCode is the kind of lint findings it asks for ("" for all).
function handlers(lintCode = "", text = app.text) {
	const started = performance.now();
	const edit = ++app.timing.edits;
	return {
		rows: ({ rows, ms }) => {
			const p0 = performance.now();
			app.matrix.patch(rows);
			app.timing.patchMs = performance.now() - p0;
			app.timing.rowsMs = performance.now() - started;
			app.timing.engineRowsMs = ms;
			document.body.dataset.rows = String(edit);
		},
		preview: ({ access, ms }) => {
			app.timing.previewMs = ms;
			access.access = unpackAccess(access.access);
			showAccess(access);
			setStatus(t("status.partial"));
		},
		access: ({ access, ms }) => {
			performance.mark("rolelens:access-received");
			// The counts of tests and findings are the previous text's until
			// this one's arrive: shown as pending, not as this text's.
			pendingCounts(true);
			if (typeof access === "string") access = JSON.parse(access);
			const s0 = performance.now();
			access.access = unpackAccess(access.access);
			showAccess(access);
			app.timing.showMs = performance.now() - s0;
			app.timing.lastMs = performance.now() - started;
			app.timing.engineMs = ms;
			app.timing.done = edit;
			document.body.dataset.analyzed = String(edit);
			const n = access.access?.users?.length ?? 0;
			setStatus(access.ok ? tn("status.resolved", n, Math.round(ms)) : tn("status.invalid", access.diagnostics.filter((d) => d.severity === "error").length));
		},
		extras: ({ test, lint }) => {
			document.body.dataset.settled = String(edit);
			// An invalid text is neither tested nor linted: the last valid
			// text's results stay, marked as theirs, as the matrix does.
			const invalid = test?.ok === false || lint?.ok === false;
			pendingCounts(invalid);
			for (const id of ["#view-tests", "#view-lint"]) staleNote($(id), invalid && app.checked);
			if (invalid && app.checked) {
				if (app.checkedLang !== i18n.lang()) relabelChecks();
				return;
			}
			app.checked = !invalid;
			app.lintText = text; // the text whose findings the Lint tab shows
			app.checkedLang = i18n.lang();
			app.analysis = { ...app.analysis, test, lint };
			const n = drawChecks(test, lint, lintCode);
			$("#tests-count").textContent = test?.ok && test.results.length ? `${test.passed}/${test.passed + test.failed}` : "";
			$("#tab-tests").classList.toggle("bad", !!test?.failed);
			$("#lint-count").textContent = n ? i18n.count(n) : "";
			if (app.view === "records") app.records.refresh();
		},
		onerror: (msg) => {
			setStatus(msg);
			app.accessFailed?.();
		},
	};
}

/**
 * showLint draws an analysis' lint findings, of the kind code when one was
 * picked. A picked kind stays through edits: each analysis asks for its
 * findings (app.lintCode), so a large text is not linted twice.
 */
function showLint(lint, code) {
	const onCode = async (picked) => {
		app.lintCode = picked;
		// The findings shown are of the last valid text while the text has errors.
		const res = await app.engine.call("lint", { text: app.lintText ?? currentText(), lang: i18n.lang(), code: picked }).catch(() => null);
		if (res && app.lintCode === picked) renderLint($("#view-lint .checks"), res, { onGoto: goto, onCode, code: picked, names: app.names });
	};
	if (code && !lint?.codes?.[code]) onCode(""); // that kind is gone: all kinds again
	else renderLint($("#view-lint .checks"), lint, { onGoto: goto, onCode, code, names: app.names });
	return lint?.total ?? lint?.findings?.length ?? 0;
}

/**
 * relabelChecks draws the kept tests and lint findings of the last valid
 * text again in the current language, after a switch while the text has
 * errors.
 */
async function relabelChecks() {
	const [lang, text, code] = [i18n.lang(), app.lintText, app.lintCode];
	const [test, lint] = await Promise.all([app.engine.call("test", { text, lang }), app.engine.call("lint", { text, lang, code })]).catch(() => []);
	if (!test || !lint || lang !== i18n.lang() || text !== app.lintText || code !== app.lintCode) return;
	app.checkedLang = lang;
	drawChecks(test, lint, code);
}

/** drawChecks draws a text's tests and lint findings; it returns the number of findings. */
function drawChecks(test, lint, code) {
	renderTests($("#view-tests .checks"), test, { onGoto: goto, onExplain: explain });
	return showLint(lint, code);
}

/**
 * staleNote marks a view as showing the last valid text's results. Its
 * note stands beside the results, so drawing them again keeps it.
 */
function staleNote(view, on) {
	view.classList.toggle("stale", on);
	view.querySelector(":scope > .stale-note").hidden = !on;
}

/** pendingCounts marks the tests and lint counts as the previous text's. */
function pendingCounts(on) {
	for (const id of ["#tests-count", "#lint-count"]) $(id).classList.toggle("pending", on);
}

function showAccess(res) {
	if (!app.firstShown) {
		app.firstShown = true;
		performance.mark("rolelens:first-matrix");
	}
	app.analysis = { access: res };
	app.accessShown?.();
	const diags = res.diagnostics ?? [];
	app.editor?.showDiagnostics(diags, (s) => t("fix", s));
	renderProblems(diags);
	$("#system").textContent = res.system === "vtiger" ? "vtiger" : res.system === "bitrix24" ? "Bitrix24" : "";
	if (res.ok && res.access) {
		// Names for the drawer, made when first needed: 10,000 users' worth
		// is not worth making on every keystroke.
		let names = null;
		const users = res.access.users;
		Object.defineProperty(app, "names", { configurable: true, get: () => (names ??= Object.fromEntries(users.map((u) => [u.user, u.name || u.user]))) });
		app.matrix.show(res.access);
		if (!app.drawn) {
			app.drawn = true;
			performance.mark("rolelens:matrix-drawn");
		}
		if (app.drawer.question) explain(app.drawer.question, true);
	} else if (!app.matrix.access) {
		app.matrix.show(null);
	}
	$("#view-access").classList.toggle("stale", !res.ok);
}

function renderProblems(diags) {
	// The list below the editor grows or shrinks with the count, and the
	// editor with it: the line being typed on stays in view.
	const resized = diags.length !== app.problemsShown;
	app.problemsShown = diags.length;
	$("#problem-count").textContent = String(diags.length);
	fill($("#problems"), diags.length
		? diags.map((d) => h("li", { class: d.severity },
			h("button", { type: "button", class: "link", onclick: () => goto(d.range.start.line, d.range.start.col) }, `${d.range.start.line}:${d.range.start.col}`), " ",
			h("span", { class: "sev", "aria-label": t(`severity.${d.severity}`) }, d.severity === "error" ? "✗" : "!"), " ",
			h("span", { class: "msg" }, d.message), d.hint ? h("span", { class: "hint-text" }, " ", d.hint) : null, " ",
			(d.suggest ?? []).map((s) => h("button", { type: "button", class: "fix", onclick: () => app.editor?.replace(d.range, s) }, t("fix", s))),
			h("code", { class: "code" }, d.code)))
		: h("li", { class: "muted" }, t("problems.none")));
	if (resized && app.editor?.view.hasFocus) app.editor.revealCursor();
}

function goto(line, col) {
	showPane("edit");
	app.editor?.goto(line, col);
}

async function explain(q, quiet) {
	if (!quiet) app.drawer.loading(q);
	const res = await app.engine.call("explain", { text: currentText(), question: q, lang: i18n.lang() });
	app.drawer.show(q, res, app.names);
	if (!quiet) {
		showPane("results");
		$("#drawer").focus();
		// The drawer narrows the matrix: the cell asked about stays in view.
		if (app.view === "access") $("#view-access td.c[tabindex='0']")?.scrollIntoView({ block: "nearest", inline: "nearest" });
	}
}

// ---- views ----

function selectView(view) {
	app.view = view;
	for (const b of $$("#views [role=tab]")) {
		const on = b.dataset.view === view;
		b.setAttribute("aria-selected", String(on));
		b.tabIndex = on ? 0 : -1;
		$(`#view-${b.dataset.view}`).hidden = !on;
	}
	if (view === "records") app.records.refresh();
	if (view === "diff") app.diff.refresh();
}

function showPane(p) {
	$("#main").dataset.pane = p;
	for (const b of $$(".phone-tabs button")) b.setAttribute("aria-pressed", String(b.dataset.pane === p));
}

// ---- workspaces ----

async function refreshWorkspaces() {
	const list = await app.store.list();
	fill($("#workspaces"), list.map((w) => h("option", { value: w.id, selected: w.id === app.workspace?.id }, w.name)));
	return list;
}

async function openWorkspace(id) {
	const { workspace, text } = await app.store.load(id);
	app.workspace = workspace;
	const same = app.editor.text === text;
	// Already shown or on its way (a link's text): no second analysis.
	const analyzed = same && app.text === text;
	if (!same) {
		app.loading = true;
		app.editor.setText(text);
		app.loading = false;
		forgetResults(text);
	}
	try {
		localStorage.setItem("rolelens.current", id);
	} catch {
		/* ignore */
	}
	await refreshWorkspaces();
	markSaved();
	if (!analyzed) analyze();
}

// forgetResults drops what the views keep of the last valid text when
// another workspace's text comes in: while the new one has errors, the
// old one's people, tests and findings would pass for its own. It also
// opens the matrix on the area the text configures: a telephony-only
// text on the CRM tab showed every user without a role.
function forgetResults(text) {
	app.matrix.access = null;
	app.checked = false;
	app.lintText = null;
	app.drawer.hide();
	const areas = ["crm", "telephony", "tasks", "disk"].filter((a) => new RegExp(`^${a}:`, "m").test(text));
	app.matrix.tab = areas.length && !areas.includes("crm") ? areas[0] : "crm";
	app.matrix.expanded?.clear();
}

async function newWorkspace(name, text) {
	const w = await app.store.create(name, text);
	await openWorkspace(w.id);
	return w;
}

function markSaved(at = new Date()) {
	app.savedAt = at;
	$("#saved").textContent = t("saved", app.savedAt.toLocaleTimeString(i18n.lang(), { hour: "2-digit", minute: "2-digit" }));
	document.body.dataset.saved = String(Date.now());
}

function scheduleSave() {
	$("#saved").textContent = t("saving");
	clearTimeout(app.saveTimer);
	app.saveTimer = setTimeout(async () => {
		if (!app.workspace) return;
		try {
			await app.store.save(app.workspace.id, app.editor.text, false);
			markSaved();
		} catch (e) {
			$("#saved").textContent = t("save.failed", e.message);
		}
	}, 300);
}

// ---- share links ----

async function openLink(decoded) {
	const hash = location.hash;
	if (!decoded && !share.isShareLink(hash)) return false;
	const text = await (decoded ?? share.decode(hash).catch((error) => ({ error })));
	if (typeof text !== "string") {
		banner(t("link.bad", text.error.message));
		return false;
	}
	history.replaceState(null, "", location.pathname + location.search);

	// A link never replaces saved work: it opens as a workspace of its own
	// (or the one that already holds the same text).
	const list = await app.store.list();
	for (const w of list) {
		const { text: saved } = await app.store.load(w.id);
		if (saved === text) {
			await openWorkspace(w.id);
			return true;
		}
	}
	await newWorkspace(linkName(text), text);
	if (list.length) banner(t("link.opened"));
	return true;
}

/** linkName names a workspace opened from a link: by the configuration's title, else by the time. */
function linkName(text) {
	if (app.linkName?.text === text) return app.linkName.name;
	let title = /^title[ \t]*:[ \t]*(.*)$/m.exec(text)?.[1] ?? "";
	title = title.replace(/\s+#.*$/, "").trim().replace(/^(["'])(.*)\1$/, "$2").trim();
	const name = title ? t("link.name", title) : t("link.untitled", new Date().toLocaleString(i18n.lang(), { dateStyle: "short", timeStyle: "short" }));
	app.linkName = { text, name };
	return name;
}

async function shareLink() {
	const url = location.origin + location.pathname + (await share.encode(currentText()));
	let copied = false;
	try {
		await navigator.clipboard.writeText(url);
		copied = true;
	} catch {
		/* no clipboard permission: show the link instead */
	}
	dialog(t("share"), [h("p", null, t(copied ? "share.copied" : "share.copy")), h("input", { type: "text", readonly: true, value: url, class: "wide", "aria-label": t("share.link"), onfocus: (e) => e.target.select() }), h("p", { class: "muted" }, t("share.note"))]);
}

function dialog(title, body, actions = []) {
	const d = $("#dialog");
	$("#dialog-title").textContent = title;
	fill($("#dialog-body"), body);
	fill($("#dialog-actions"), actions, h("button", { value: "close" }, t("close")));
	d.showModal();
}

async function showHistory() {
	const vs = await app.store.history(app.workspace.id);
	dialog(t("history"), [
		h("p", { class: "muted" }, t("history.note")),
		h("ul", { class: "plain history" }, vs.map((v) => h("li", null, new Date(v.saved).toLocaleString(i18n.lang()), ` · ${v.bytes} B `,
			h("button", { type: "button", onclick: async () => {
				const { text } = await app.store.restore(app.workspace.id, v.id);
				$("#dialog").close();
				app.editor.setText(text);
				markSaved();
			} }, t("restore")),
			h("button", { type: "button", onclick: () => { $("#dialog").close(); app.diff.source = v.id; selectView("diff"); } }, t("compare"))))),
	]);
}

// ---- templates, import, export ----

async function loadTemplates() {
	const res = await fetch("templates/index.json");
	app.templates = res.ok ? await res.json() : [];
	renderTemplates();
}

// GENERATED are made-up organisations for trying the playground at scale,
// written by the engine (as rolelens gen) rather than shipped as files.
const GENERATED = [
	{ value: "gen:bitrix24:1000", system: "bitrix24", users: 1000 },
	{ value: "gen:bitrix24:10000", system: "bitrix24", users: 10000, departments: 1000, roles: 300 },
	{ value: "gen:vtiger:1000", system: "vtiger", users: 1000 },
];

function renderTemplates() {
	const lang = i18n.lang();
	fill($("#examples"), h("option", { value: "" }, t("examples")),
		app.templates.map((tp) => h("option", { value: tp.file }, tp.title[lang] ?? tp.title.en)),
		h("optgroup", { label: t("examples.generated") },
			GENERATED.map((g) => h("option", { value: g.value }, t("examples.gen", g.system === "vtiger" ? "vtiger" : "Bitrix24", i18n.count(g.users))))));
}

async function generatedText(value) {
	const g = GENERATED.find((x) => x.value === value);
	if (!g) return null;
	const { value: _, ...opts } = g;
	const res = await app.engine.call("generate", { options: opts });
	return typeof res?.text === "string" ? { title: t("examples.gen", g.system === "vtiger" ? "vtiger" : "Bitrix24", i18n.count(g.users)), text: res.text } : null;
}

async function templateText(file) {
	const res = await fetch(`templates/${file}`);
	if (!res.ok) throw new Error(`${file}: ${res.status}`);
	return res.text();
}

function exportFile() {
	const blob = new Blob([currentText()], { type: "text/yaml" });
	const a = h("a", { href: URL.createObjectURL(blob), download: `${(app.workspace?.name || "rolelens").replace(/[^\p{L}\p{N}_-]+/gu, "-")}.yaml` });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// ---- language ----

async function setLang(lang) {
	await i18n.use(lang);
	i18n.translate();
	for (const b of $$(".langs button")) b.setAttribute("aria-pressed", String(b.dataset.lang === lang));
	$("#docs-link").href = `/docs/${lang}/`;
	app.editor?.setLabel(t("editor.label"));
	renderTemplates();
	if (app.savedAt) markSaved(app.savedAt);
	// The analysis in the new language refreshes the records view too.
	if (app.editor || app.text) analyze();
}

// ---- panes ----

function splitter() {
	const s = $("#splitter");
	const main = $("#main");
	const set = (px) => main.style.setProperty("--left", `${Math.max(280, Math.min(px, main.clientWidth - 360))}px`);
	s.addEventListener("pointerdown", (e) => {
		s.setPointerCapture(e.pointerId);
		const move = (ev) => set(ev.clientX - main.getBoundingClientRect().left);
		s.addEventListener("pointermove", move);
		s.addEventListener("pointerup", () => s.removeEventListener("pointermove", move), { once: true });
	});
	s.addEventListener("keydown", (e) => {
		const left = $(".left").getBoundingClientRect().width;
		if (e.key === "ArrowLeft") set(left - 32);
		if (e.key === "ArrowRight") set(left + 32);
	});
}

// ---- start ----

// createEditor loads the editor's code and builds it over text.
async function createEditor(text) {
	const { Editor } = await import("./editor.js");
	app.editor = new Editor($("#editor"), {
		text,
		nonce,
		label: t("editor.label"),
		onChange: (text) => {
			if (app.loading) return;
			analyze(text);
			scheduleSave();
		},
	});
	performance.mark("rolelens:editor");
	const diags = app.analysis?.access?.diagnostics;
	if (diags?.length) app.editor.showDiagnostics(diags, (s) => t("fix", s));
}

async function start() {
	const boot = window.__rolelensBoot;
	const hash = location.hash;
	const linked = !share.isShareLink(hash) ? null : boot?.link?.hash === hash ? boot.link : { hash, text: share.decode(hash).catch((e) => ({ error: e })) };
	const editorCode = linked ? null : import("./editor.js"); // fetched beside the rest
	editorCode?.catch(() => {});
	await setLang(boot?.lang ?? i18n.detect());
	performance.mark("rolelens:lang");
	app.engine.onfailure = (msg) => banner(t("engine.failed", msg));
	app.matrix = new Matrix($("#view-access"), {
		onCell: (q) => explain(q),
		roleUsers: (role) => app.engine.call("roleUsers", { text: currentText(), role }).catch(() => null),
	});
	app.drawer = new Drawer($("#drawer"), { onGoto: goto, onClose: () => $("#view-access td.c[tabindex='0']")?.focus() });
	app.records = new Records($("#view-records"), {
		ask: (args) => app.engine.call("records", { text: currentText(), lang: i18n.lang(), ...args }),
		onCell: (q) => explain(q),
	});
	app.diff = new Diff($("#view-diff"), {
		versions: () => app.store.history(app.workspace.id),
		versionText: (id) => app.store.version(app.workspace.id, id),
		compare: (oldText) => app.engine.call("diff", { oldText, newText: currentText(), lang: i18n.lang() }),
		names: () => app.names ?? {},
	});

	$$("#views [role=tab]").forEach((b) => b.addEventListener("click", () => selectView(b.dataset.view)));
	$("#views").addEventListener("keydown", (e) => {
		const tabs = $$("#views [role=tab]");
		const i = tabs.indexOf(document.activeElement);
		if (i < 0 || !["ArrowLeft", "ArrowRight"].includes(e.key)) return;
		const next = tabs[(i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
		next.focus();
		selectView(next.dataset.view);
	});
	$$(".phone-tabs button").forEach((b) => b.addEventListener("click", () => showPane(b.dataset.pane)));
	$$(".langs button").forEach((b) => b.addEventListener("click", () => setLang(b.dataset.lang)));
	$("#share").addEventListener("click", shareLink);
	$("#export").addEventListener("click", exportFile);
	$("#import-btn").addEventListener("click", () => $("#import-file").click());
	$("#import-file").addEventListener("change", async (e) => {
		const f = e.target.files[0];
		if (!f) return;
		await newWorkspace(f.name.replace(/\.(ya?ml|json)$/i, ""), await f.text());
		e.target.value = "";
	});
	$("#new").addEventListener("click", async () => newWorkspace(t("untitled"), "rolelens: 1\nsystem: bitrix24\n"));
	$("#history-btn").addEventListener("click", showHistory);
	$("#workspaces").addEventListener("change", (e) => openWorkspace(e.target.value));
	$("#examples").addEventListener("change", async (e) => {
		const value = e.target.value;
		const tp = app.templates.find((x) => x.file === value);
		e.target.value = "";
		if (tp) await newWorkspace(tp.title[i18n.lang()] ?? tp.title.en, await templateText(tp.file));
		else if (value.startsWith("gen:")) {
			const g = await generatedText(value);
			if (g) await newWorkspace(g.title, g.text);
		}
	});
	window.addEventListener("hashchange", () => openLink());
	splitter();
	selectView("access");
	showPane("edit");

	let linkText = "";
	if (linked) {
		// A share link: its matrix comes first (boot.js asked for it as soon
		// as the page started), then the editor, then the saved work.
		const text = await linked.text;
		if (typeof text === "string") {
			linkText = text;
			app.text = text;
			app.analyzedLang = i18n.lang();
			// The fragment goes at once (a reload opens the saved workspace).
			history.replaceState(null, "", location.pathname + location.search);
			fill($("#workspaces"), h("option", { value: "", selected: true }, linkName(text)));
			const shown = new Promise((resolve) => {
				app.accessShown = app.accessFailed = resolve;
			});
			if (linked.sent === text && boot.lang === i18n.lang()) app.engine.adopt(handlers());
			else analyze(text, true);
			if (!app.drawn) app.matrix.warm(); // the answer may be drawn already
			await Promise.race([shown, new Promise((r) => setTimeout(r, 4000))]);
			app.accessShown = app.accessFailed = null;
		}
	}
	await (editorCode ?? Promise.resolve());
	await createEditor(linkText);
	const [init] = await Promise.all([app.engine.call("init"), loadTemplates()]);
	$("#engine-version").textContent = `engine v${init.version?.engine ?? "?"}`;
	app.store = await stores.open(app.engine, init.store);
	document.body.dataset.store = app.store.kind;

	if (linked && (await openLink(linked.text))) return;
	const list = await refreshWorkspaces();
	let current = null;
	try {
		current = localStorage.getItem("rolelens.current");
	} catch {
		/* ignore */
	}
	const pick = list.find((w) => w.id === current) ?? list[0];
	if (pick) {
		await openWorkspace(pick.id);
		return;
	}
	// First visit: the sales team, resolved.
	const first = app.templates[0];
	await newWorkspace(first ? first.title[i18n.lang()] ?? first.title.en : t("untitled"), first ? await templateText(first.file) : "rolelens: 1\nsystem: bitrix24\n");
}

start().catch((e) => {
	console.error(e);
	banner(`rolelens: ${e.message}`);
});
