// worker.js: the engine in a Web Worker, so typing never waits for it.
// Messages in: {id, op, ...}; out: {id, phase?, result} or {id, error}.
// An "analyze" answers in phases, what the eye needs first coming first:
// for a large organisation the rows on screen ("rows"), then the whole
// matrix ("access"), then the tests and lint findings ("extras").
// The wasm download starts at once, beside the import of its loader.
const t0 = performance.now();
let loadMs = 0;
const mark = (name) => postMessage({ mark: name, at: performance.timeOrigin + performance.now() });
// The loader, Go's wasm_exec.js and the wasm itself are fetched at once;
// the wasm compiles while it downloads (compileStreaming of the response,
// which the server sends as application/wasm, precompressed).
const wasmExec = new URL("./wasm_exec.js", import.meta.url);
const wasmURL = new URL("./rolelens.wasm", import.meta.url);
const compiled = WebAssembly.compileStreaming(fetch(wasmURL)).catch(async () => {
	// Not application/wasm (a misconfigured server): compile the bytes.
	const res = await fetch(wasmURL);
	if (!res.ok) throw new Error(`cannot fetch ${wasmURL}: ${res.status}`);
	return WebAssembly.compile(await res.arrayBuffer());
});
const engineReady = Promise.all([import("./rolelens.mjs"), compiled, import(String(wasmExec))]).then(async ([mod, module]) => {
	mark("rolelens:wasm-compiled");
	const e = await mod.load(module, { wasmExec });
	loadMs = performance.now() - t0;
	mark("rolelens:engine-ready");
	return e;
});
mark("rolelens:worker");

const now = () => performance.now();

// records lists the records of a configuration's top-level records: block:
// their ids and entity (bitrix24) or module (vtiger), read from the text;
// the engine itself answers every question about them.
function records(text) {
	const lines = text.split("\n");
	const out = [];
	let inside = false;
	let item = null;
	const push = () => item && item.id && out.push(item);
	for (const line of lines) {
		if (/^records\s*:/.test(line)) {
			inside = true;
			const rest = line.replace(/^records\s*:\s*/, "");
			if (rest.startsWith("[")) scanFlow(rest, out);
			continue;
		}
		if (!inside) continue;
		if (/^\S/.test(line) && !/^#/.test(line)) {
			inside = false;
			continue;
		}
		if (/^\s*-\s/.test(line)) {
			push();
			item = {};
		}
		if (!item) continue;
		for (const m of line.matchAll(/(?:^|[\s{,-])(id|entity|module|responsible|owner|stage)\s*:\s*["']?([^,}\s"'#]+)/g)) {
			if (!(m[1] in item)) item[m[1]] = m[2];
		}
	}
	push();
	return out;
}

function scanFlow(s, out) {
	for (const part of s.split("}")) {
		const id = /id\s*:\s*["']?([^,}\s"']+)/.exec(part);
		if (id) out.push({ id: id[1], entity: /entity\s*:\s*([^,}\s]+)/.exec(part)?.[1], module: /module\s*:\s*([^,}\s]+)/.exec(part)?.[1] });
	}
}

const handlers = {
	async init() {
		const e = await engineReady;
		return { version: e.version(), store: typeof e.store === "function", loadMs };
	},
	async explain({ text, question, lang }) {
		const e = await engineReady;
		return e.explain(text, question, { lang });
	},
	async records({ text, lang, user, record }) {
		const e = await engineReady;
		const acc = e.access(text, { lang });
		if (!acc.ok || !acc.access) return { ok: false };
		const vt = acc.access.system === "vtiger";
		const actions = vt ? ["view", "edit", "delete"] : ["read", "update", "delete"];
		const recs = records(text);
		const ask = (u, r, a) => {
			const res = e.explain(text, { user: u, record: r, action: a }, { lang });
			return res.explanation ? res.explanation.answer : null;
		};
		const rows = [];
		if (record) {
			for (const u of acc.access.users) {
				const answers = actions.map((a) => ask(u.user, record, a));
				if (answers.every((x) => x === null)) continue;
				rows.push({ user: u.user, name: u.name, answers });
			}
		} else if (user) {
			for (const r of recs) {
				const answers = actions.map((a) => ask(user, r.id, a));
				if (answers.every((x) => x === null)) continue;
				rows.push({ record: r.id, entity: r.entity || r.module || "", responsible: r.responsible || r.owner || "", stage: r.stage || "", answers });
			}
		}
		return { ok: true, actions, records: recs, users: acc.access.users.map((u) => ({ user: u.user, name: u.name, useful: !u.noCrmAccess && !u.extranet && !u.admin })), rows };
	},
	async diff({ oldText, newText, lang }) {
		const e = await engineReady;
		return e.diff(oldText, newText, { lang });
	},
	async store({ method, args }) {
		const e = await engineReady;
		if (typeof e.store !== "function") return { error: { code: "unavailable", message: "no store in this engine" } };
		return e.store(method, ...args);
	},
};

async function run(msg) {
	const { id, op } = msg;
	try {
		if (op === "analyze") {
			const e = await engineReady;
			const { text, lang, visible } = msg;
			const t0 = now();
			// A large organisation: the rows on screen first, one user at a
			// time (the engine parses the text once and keeps it), then the
			// whole matrix unless a newer text is already waiting.
			if (visible?.length) {
				const rows = [];
				let head = null;
				for (const user of visible) {
					const r = e.access(text, { lang, user });
					head ??= r;
					if (!r.ok) break;
					if (r.access) rows.push(r.access.users[0]);
				}
				if (head?.ok) {
					postMessage({ id, phase: "rows", result: { rows, ms: now() - t0 } });
					// The whole matrix waits for a pause in typing.
					await new Promise((r) => setTimeout(r, 250));
					if (waitingAnalyze) {
						postMessage({ id, superseded: true });
						return;
					}
				}
			}
			const access = e.access(text, { lang });
			const t1 = now();
			postMessage({ mark: "rolelens:access-resolved", at: performance.timeOrigin + t1, ms: t1 - t0 });
			postMessage({ id, phase: "access", result: { access, ms: t1 - t0 } });
			// Let a newer text in: if one came while resolving, the tests and
			// lint of this one are not worth their time.
			await new Promise((r) => setTimeout(r, 0));
			if (waitingAnalyze) {
				postMessage({ id, superseded: true });
				return;
			}
			const test = e.test(text, { lang });
			const lint = e.lint(text, { lang });
			postMessage({ id, phase: "extras", result: { test, lint, ms: now() - t1 } });
			return;
		}
		const h = handlers[op];
		if (!h) throw new Error("unknown operation " + op);
		postMessage({ id, result: await h(msg) });
	} catch (err) {
		postMessage({ id, error: String(err?.message ?? err) });
	}
}

// Analyses are coalesced: while one runs, only the newest waiting one is
// kept, so a burst of keystrokes costs one run, not one per key.
let busy = false;
let waitingAnalyze = null;
const queue = [];

async function pump() {
	if (busy) return;
	busy = true;
	while (queue.length || waitingAnalyze) {
		const msg = queue.length ? queue.shift() : waitingAnalyze;
		if (msg === waitingAnalyze) waitingAnalyze = null;
		await run(msg);
	}
	busy = false;
}

self.onmessage = (ev) => {
	const msg = ev.data;
	if (msg.op === "analyze") {
		if (waitingAnalyze) postMessage({ id: waitingAnalyze.id, superseded: true });
		waitingAnalyze = msg;
	} else {
		queue.push(msg);
	}
	pump();
};
