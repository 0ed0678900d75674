// worker.js: the engine in a Web Worker, so typing never waits for it.
// Messages in: {id, op, ...}; out: {id, phase?, result} or {id, error}.
// An "analyze" answers in phases, what the eye needs first coming first:
// for a large organisation the rows on screen ("rows"), or for a large
// text pasted over a small one its first users ("preview"), then the
// whole matrix ("access"), then the tests and lint findings ("extras"),
// which a worker of its own finds (extras.js, started from here; its
// answers are handed on).
// The wasm download starts at once, beside the import of its loader.
const t0 = performance.now();
let loadMs = 0;
const clock = () => performance.timeOrigin + performance.now(); // shared with extras.js
const mark = (name, ms) => postMessage({ mark: name, at: clock(), ms });
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
let wasmModule = null; // for extras.js, which instantiates it again
const engineReady = Promise.all([import("./rolelens.mjs"), compiled, import(String(wasmExec))]).then(async ([mod, module]) => {
	mark("rolelens:wasm-compiled");
	wasmModule = module;
	const e = await mod.load(module, { wasmExec });
	loadMs = performance.now() - t0;
	mark("rolelens:engine-ready");
	return e;
});
mark("rolelens:worker");

const now = () => performance.now();

// BIG_TEXT is the size (characters) from which a pasted configuration
// shows its first users before the whole matrix: about 1,000 users.
const BIG_TEXT = 150_000;

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
		return e.records(text, { lang, user, record });
	},
	async generate({ options }) {
		const e = await engineReady;
		return e.generate(options);
	},
	async roleUsers({ text, role }) {
		const e = await engineReady;
		const r = e.access(text, { role, packed: true });
		return r.ok && r.access ? r.access.users.map((u) => u.user) : null;
	},
	async diff({ oldText, newText, lang }) {
		const e = await engineReady;
		return e.diff(oldText, newText, { lang });
	},
	// extrasIdle sets how long the tests-and-lint worker may stay idle
	// before it is stopped (the end-to-end tests shorten it).
	async extrasIdle({ ms }) {
		extrasIdleMs = ms;
		if (extras) toExtras({ op: "idle", ms });
		return true;
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
			const { text, lang, visible, lintCode = "" } = msg;
			const t0 = now();
			// A large organisation: the rows on screen first (the engine
			// parses the text once and keeps it), then the whole matrix
			// unless a newer text is already waiting. A large text pasted
			// over a small one shows its first users first.
			if (!visible?.length && text.length > BIG_TEXT) {
				const r = e.access(text, { lang, first: 60, packed: true });
				if (r.ok && r.access) postMessage({ id, phase: "preview", result: { access: r, ms: now() - t0 } });
			}
			if (visible?.length) {
				const r = e.access(text, { lang, users: visible });
				if (r.ok && r.access) {
					postMessage({ id, phase: "rows", result: { rows: r.access.users, ms: now() - t0 } });
					// The whole matrix waits for a pause in typing.
					await new Promise((r) => setTimeout(r, 250));
					if (waitingAnalyze) {
						postMessage({ id, superseded: true });
						return;
					}
				}
			}
			// Packed: 10,000 users are a few MB instead of about 100 MB of
			// JSON to parse here and to copy to the page.
			// As JSON text: one string crosses to the page cheaply, where
			// the objects of 10,000 users took long to copy.
			const access = e.access(text, { lang, packed: true, asText: true });
			const t1 = now();
			mark("rolelens:access-resolved", t1 - t0);
			postMessage({ id, phase: "access", result: { access, ms: t1 - t0 } });
			// If a newer text came while resolving, the tests and lint of
			// this one are not worth their time.
			if (waitingAnalyze) {
				postMessage({ id, superseded: true });
				return;
			}
			toExtras({ id, op: "extras", text, lang, lintCode, came: msg.came });
			idleCollect();
			return;
		}
		const h = handlers[op];
		if (!h) throw new Error("unknown operation " + op);
		postMessage({ id, result: await h(msg) });
	} catch (err) {
		postMessage({ id, error: String(err?.message ?? err) });
	}
}

// warmUp exercises the engine on made-up organisations while the worker
// is idle. Browsers compile wasm lazily with a quick baseline compiler
// and optimise a function only once it has run for a while: without this,
// the user's first edits run the slow code (measured: a 1,000-user edit
// took 350 ms at first and 60 ms once warm). Each step is one engine call
// in its own task (see warm in rolelens.mjs, which leaves the user's
// cached text alone), and any message stops the warm-up, so it never
// delays the user.
let warmed = false;
let warmStep = 0;
async function warmUp() {
	if (warmed) return;
	warmed = true;
	const e = await engineReady;
	for (;;) {
		await new Promise((r) => setTimeout(r, 0));
		if (busy || queue.length || waitingAnalyze) {
			warmed = false; // go on at the next idle moment
			return;
		}
		if (e.warm(warmStep++).done) break;
	}
	mark("rolelens:warm");
}

// idleCollect collects the engine's garbage as soon as an analysis is
// done and nothing waits, so that a collection does not land in the next
// edit (measured: the same 1,000-user edit took 35 to 106 ms in the engine,
// the slow ones collecting). At once, not after a pause: a user editing
// again within the pause kept the worker busy whenever the pause ended, so
// that nothing was ever collected; a collection costs 8 to 14 ms there.
let collectTimer = 0;
function idleCollect() {
	clearTimeout(collectTimer);
	collectTimer = setTimeout(async () => {
		if (busy || queue.length || waitingAnalyze) return;
		(await engineReady).collect();
	}, 0);
}

// extras is the worker of the tests and lint, started with the first text
// that needs them (not before: on a share link it would compete with the
// first matrix for the processor), and stopped when it has been idle for
// extrasIdleMs (it offers, see extras.js), to give back its memory; the
// next text starts it again with the compiled module, which delays that
// text's tests and lint by 60 to 100 ms.
let extras = null;
let extrasId = null; // the last analysis handed to it, to fail if it dies
let extrasSent = 0; // messages sent since its start
let extrasLastMs = 0; // how long its last tests and lint took
let extrasIdleMs = 60_000;
function toExtras(msg) {
	if (!extras) {
		extras = new Worker(new URL("./extras.js", import.meta.url), { type: "module" });
		extrasSent = 0;
		extras.onmessage = (ev) => {
			const m = ev.data;
			if (m.idle !== undefined) {
				if (m.idle === extrasSent) stopExtras();
				return;
			}
			if (m.phase === "extras") extrasLastMs = m.result?.ms ?? extrasLastMs;
			postMessage(m);
		};
		extras.onerror = (ev) => {
			ev.preventDefault();
			if (extrasId !== null) postMessage({ id: extrasId, error: ev.message || "the tests and lint could not run" });
		};
		extras.postMessage({ op: "start", module: wasmModule, wasmExec: String(wasmExec), lastMs: extrasLastMs, idleMs: extrasIdleMs });
	}
	if (msg.op === "extras") extrasId = msg.id;
	extrasSent++;
	extras.postMessage(msg);
}

function stopExtras() {
	extras.terminate();
	extras = null;
	extrasId = null;
	mark("rolelens:extras-stopped");
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
		// The analysis goes first: it is what the user waits for. Saved
		// work (IndexedDB, whose first opening is slow), explanations and
		// records do not depend on it and wait their turn (measured: a share
		// link's matrix came 0.5 s late behind the store's start-up).
		const msg = waitingAnalyze ?? queue.shift();
		if (msg === waitingAnalyze) waitingAnalyze = null;
		await run(msg);
	}
	busy = false;
	if (!warmed) setTimeout(warmUp, 50);
}

// Saved work runs on a chain of its own, in order: its IndexedDB calls
// wait on the browser, and an edit's analysis must not wait behind them
// (measured: a save of a 1,000-user text delayed the next edit's rows).
let stored = Promise.resolve();

self.onmessage = (ev) => {
	const msg = ev.data;
	if (msg.op === "store") {
		stored = stored.then(() => run(msg));
		return;
	}
	if (msg.op === "lint" || msg.op === "test") {
		engineReady.then(() => toExtras(msg), (err) => postMessage({ id: msg.id, error: String(err?.message ?? err) }));
		return;
	}
	if (msg.op === "analyze") {
		msg.came = clock();
		if (waitingAnalyze) postMessage({ id: waitingAnalyze.id, superseded: true });
		waitingAnalyze = msg;
	} else {
		queue.push(msg);
	}
	pump();
};
