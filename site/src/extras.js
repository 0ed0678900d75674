// extras.js: a configuration's tests and lint findings, in a worker of
// their own that the engine's worker (worker.js) starts and feeds. Lint
// of a densely assigned portal takes seconds, and a call into the engine
// cannot be stopped once under way: run beside the matrix, it never keeps
// the next edit's rows waiting (measured: 1.4 to 1.8 s when an edit came
// just as such a lint began in the same worker).
//
// Messages in: {op: "start", module, wasmExec, lastMs, idleMs} once, with
// the engine's compiled module; {id, op: "extras", text, lang, lintCode, came} for a
// text's tests and lint, of which only the newest waiting one is kept
// (came: when its edit reached worker.js, as performance.timeOrigin + now);
// {id, op: "lint", text, lang, code} for one kind of findings;
// {id, op: "test", text, lang} for a text's tests alone.
// {op: "idle", ms} changes how long it waits, idle, before offering to stop.
// Out: {id, phase: "extras", result}, {id, result}, {id, superseded} or
// {id, error}, which worker.js hands on to the page; and {idle: n} after
// idleMs with nothing to do, n counting the messages received since
// "start": worker.js stops this worker unless it has sent more since.
// Stopping frees its memory, which a wasm module never gives back (a
// densely assigned portal's lint left it at about 300 MB).

// LINT_SHOWN is how many lint findings the page lists; it counts the rest.
const LINT_SHOWN = 500;

// A text's tests and lint wait for a pause in typing of EXTRAS_PAUSE ms,
// from the moment its edit came, when the text is huge (HUGE_TEXT
// characters, about 4,000 users) or when the last text's took longer than
// SLOW_EXTRAS ms: they would compete for the processor with the edits
// still coming, and a newer text makes them worthless.
const HUGE_TEXT = 1_000_000;
const EXTRAS_PAUSE = 1000;
const SLOW_EXTRAS = 300;

const now = () => performance.now();
const clock = () => performance.timeOrigin + now(); // shared with worker.js
const mark = (name, ms) => postMessage({ mark: name, at: clock(), ms });

let engineReady = null;
let lastMs = 0;
let waiting = null; // the newest extras request not yet begun
const queue = []; // lint calls of one kind and test calls, in order
let busy = false;
let received = 0; // messages since "start"
let idleMs = 60_000;
let idleTimer = 0;

self.onmessage = (ev) => {
	const msg = ev.data;
	if (msg.op === "start") {
		// The last run's time survives a restart: a slow text's tests and
		// lint keep waiting for a pause in typing.
		lastMs = msg.lastMs ?? 0;
		idleMs = msg.idleMs ?? idleMs;
		engineReady = import("./rolelens.mjs").then((mod) => mod.load(msg.module, { wasmExec: msg.wasmExec }));
		return;
	}
	received++;
	if (msg.op === "idle") {
		idleMs = msg.ms;
		idleSoon();
		return;
	}
	if (msg.op === "extras") {
		if (waiting) postMessage({ id: waiting.id, superseded: true });
		waiting = msg;
	} else {
		queue.push(msg);
	}
	pump();
};

async function pump() {
	if (busy) return;
	busy = true;
	while (waiting || queue.length) {
		const msg = queue.length ? queue.shift() : waiting;
		if (msg === waiting) waiting = null;
		try {
			if (msg.op === "extras") await extras(msg);
			else if (msg.op === "lint") postMessage({ id: msg.id, result: (await engineReady).lint(msg.text, { lang: msg.lang, limit: LINT_SHOWN, code: msg.code }) });
			else if (msg.op === "test") postMessage({ id: msg.id, result: (await engineReady).test(msg.text, { lang: msg.lang }) });
			else throw new Error("unknown operation " + msg.op);
		} catch (err) {
			postMessage({ id: msg.id, error: String(err?.message ?? err) });
		}
	}
	busy = false;
	// The engine's garbage is collected while nothing waits, not in the
	// middle of the next lint.
	setTimeout(async () => {
		if (!busy && !waiting && !queue.length) (await engineReady).collect();
	}, 0);
	idleSoon();
}

function idleSoon() {
	clearTimeout(idleTimer);
	idleTimer = setTimeout(() => {
		if (!busy && !waiting && !queue.length) postMessage({ idle: received });
	}, idleMs);
}

async function extras(msg) {
	const { id, text, lang, lintCode = "" } = msg;
	if (text.length > HUGE_TEXT || lastMs > SLOW_EXTRAS) {
		const left = msg.came + EXTRAS_PAUSE - clock();
		if (left > 0) await new Promise((r) => setTimeout(r, left));
		if (waiting) {
			postMessage({ id, superseded: true });
			return;
		}
	}
	const e = await engineReady;
	mark("rolelens:extras-start");
	const t0 = now();
	const test = e.test(text, { lang });
	// The first findings only: a page cannot list 35,000 usefully, and
	// encoding them took seconds (a generated 10,000-user portal).
	const lint = e.lint(text, { lang, limit: LINT_SHOWN, code: lintCode });
	lastMs = now() - t0;
	mark("rolelens:extras", lastMs);
	postMessage({ id, phase: "extras", result: { test, lint, ms: lastMs } });
}
