// rolelens.mjs: the rolelens engine for browsers, Web Workers and Node 20+,
// one ES module over one GOOS=js GOARCH=wasm build (build/rolelens.wasm).
//
//   import { load } from "./rolelens.mjs";
//   const rl = await load("build/rolelens.wasm");   // URL, file path (Node) or bytes
//   const r = rl.test(yamlText);                    // {ok, passed, failed, results, diagnostics}
//
// Contract:
// - load() is the only asynchronous call. Every method of the engine it
//   returns is synchronous and returns a plain JSON-compatible object; it
//   never throws.
// - A configuration's problems come back as `diagnostics` with `ok: false`:
//   each is {code, severity, range: {start: {line, col}, end}, args,
//   suggest, related, message, hint}, `message` and `hint` rendered in
//   options.lang (en, de or ru; default en).
// - A call that cannot be served at all answers {error: {code, message}}
//   with code "bad-request" (wrong argument types, malformed options),
//   "panic" (an internal error, recovered; the module keeps answering),
//   "crashed" (the Go program died; a fresh one is started for the next
//   call) or "unavailable" (a feature this build lacks).
// - Inputs over the engine's limit (16 MiB) give the E002 diagnostic.
//
// explain(text, question): the question is shaped like a test in a
// configuration (SPEC 3) without `expect`, or like the `question` of a test
// result ({user, kind, ...}, kind being crm, crm-settings, record,
// telephony, telephony-of, tasks, disk, disk-action or vtiger):
//   {user: "anna", crm: {entity: "deal", action: "update", stage: "WON"}}
//   {user: "anna", crm: "settings"}
//   {user: "anna", record: "lead-17", action: "update"}
//   {user: "anna", telephony: "call"}   {user: "anna", telephony: {permission: "call-detail", of: "bob"}}
//   {user: "anna", tasks: "view-all-tasks"}
//   {user: "anna", disk: "/Sales"}      {user: "anna", disk: {path: "/Sales", action: "delete"}}
//   {user: "person1", vtiger: {module: "leads", action: "create"}}
//   {user: "anna", kind: "crm", entity: "deal", action: "update"}
// A question that cannot be answered (unknown user, record, word) gives
// explanation null and a `questionError` diagnostic.
//
// The module uses no DOM: in a Web Worker, import it as a module worker.
// It needs the Go toolchain's wasm_exec.js, loaded once per realm: from
// options.wasmExec if given, else from next to the wasm file (URL or path),
// else from next to this module.

const isNode = typeof process === "object" && process !== null && typeof process.versions?.node === "string";

/**
 * @typedef {object} Diagnostic
 * @property {string} code stable code such as "E106"
 * @property {"error"|"warning"} severity
 * @property {{start: {line: number, col: number}, end: {line: number, col: number}}} range 1-based; line 0 when unknown
 * @property {string[]} [args] message arguments
 * @property {string[]} [suggest] replacements for the range, nearest first
 * @property {{range: object, label: string}[]} [related] other places that take part
 * @property {string} message the text in the requested language
 * @property {string} [hint] "did you mean ..." in the requested language
 */

/**
 * @typedef {object} Options
 * @property {"en"|"de"|"ru"} [lang] language of messages (default "en")
 * @property {string} [user] access(): only this user
 * @property {string[]} [users] access(): only these users (file order; unknown names left out)
 * @property {number} [first] access(): only the first users in file order
 * @property {number} [limit] lint(): only the first findings (0: all); total,
 *   severities ({warning: n, info: n}) and codes ({L110: n, ...}) count them all
 * @property {string} [code] lint(): only the findings of this code (such as "L110")
 * @property {boolean} [asText] access(): the result as JSON text, unparsed (a worker hands it to
 *   a page as one string, cheaper to pass than the objects); failures stay objects
 * @property {string} [role] access(): only the users this role reaches
 * @property {string} [record] records(): who may act on this record
 * @property {boolean} [packed] access(): the packed matrix, a few hundred bytes a user
 *   (see api/packed.go); unpackAccess(result.access) gives the plain shape
 */

/**
 * @typedef {object} Engine
 * @property {(text: string, options?: Options) => {ok: boolean, system?: string, title?: string, diagnostics: Diagnostic[]}} check
 * @property {(text: string, options?: Options) => {ok: boolean, diagnostics: Diagnostic[], access: object|null, questionError?: Diagnostic}} access
 * @property {(text: string, question: object|string, options?: Options) => {ok: boolean, diagnostics: Diagnostic[], explanation: object|null, questionError?: Diagnostic}} explain
 * @property {(text: string, options?: Options) => {ok: boolean, diagnostics: Diagnostic[], passed: number, failed: number, results: object[]}} test
 * @property {(text: string, options?: Options) => object} lint
 * @property {(oldText: string, newText: string, options?: Options) => object} diff
 * @property {(text: string, options?: Options) => object} records
 * @property {(options?: object) => {text: string}} generate
 * @property {(step: number) => object} warm
 * @property {() => {engine: string, format: number, go: string}} version
 */

export { unpackAccess } from "./packed.mjs";

/**
 * Loads the engine: compiles the wasm once and starts one Go instance.
 *
 * @param {string|URL|ArrayBuffer|ArrayBufferView|Response|WebAssembly.Module} source
 *   a URL (resolved against the page or worker), a file path or file: URL
 *   (Node), the bytes of rolelens.wasm, a fetch Response or a compiled module
 * @param {{wasmExec?: string|URL}} [options] where wasm_exec.js is, when
 *   globalThis.Go is not defined yet
 * @returns {Promise<Engine>}
 */
export async function load(source, options = {}) {
	const { module, near } = await compile(source);
	if (typeof globalThis.Go !== "function") {
		await import(String(options.wasmExec ? await resolveURL(options.wasmExec) : (near ?? new URL("wasm_exec.js", import.meta.url))));
	}
	const runner = new Runner(module, globalThis.Go);
	await runner.start();
	return runner.engine();
}

/** Runs one Go instance at a time and replaces it if it ever dies. */
class Runner {
	static #count = 0;

	constructor(module, Go) {
		this.module = module;
		this.Go = Go;
		this.ns = null;
		this.pending = null;
	}

	// start instantiates asynchronously, as main threads of browsers require.
	async start() {
		const go = this.#go();
		this.#run(go, await WebAssembly.instantiate(this.module, go.importObject));
	}

	// restart replaces a dead instance: synchronously where the platform
	// allows (Node, workers), else in the background.
	restart() {
		this.ns = null;
		const go = this.#go();
		try {
			this.#run(go, new WebAssembly.Instance(this.module, go.importObject));
		} catch {
			this.pending ??= this.start().finally(() => (this.pending = null));
			this.pending.catch(() => {});
		}
	}

	#go() {
		const go = new this.Go();
		go.argv = ["rolelens", `__rolelens_${++Runner.#count}`];
		go.exit = () => {}; // a death is handled by call(), not logged
		return go;
	}

	#run(go, instance) {
		const name = go.argv[1];
		go.run(instance).catch(() => {});
		const ns = globalThis[name];
		delete globalThis[name];
		if (!ns) throw new Error("rolelens: the wasm module did not start");
		this.go = go;
		this.ns = ns;
	}

	call(method, args, asText) {
		if (!this.ns || this.go.exited) {
			if (!this.pending) this.restart();
			if (!this.ns) return failure("crashed", "the engine is restarting; try again");
		}
		let out;
		try {
			out = this.ns[method](...args);
		} catch (e) {
			this.go.exited = true;
			this.restart();
			return failure("crashed", `the engine stopped (${e?.message ?? e}); it was restarted`);
		}
		if (typeof out !== "string" || this.go.exited) {
			this.restart();
			return failure("crashed", "the engine stopped; it was restarted");
		}
		return asText ? out : JSON.parse(out);
	}

	/** @returns {Engine} */
	engine() {
		const call = (method, args, asText) => this.call(method, args, asText);
		return Object.freeze({
			/**
			 * Validates a configuration.
			 * @param {string} text YAML or JSON
			 * @param {Options} [options]
			 */
			check: (text, options) => withText(text, (t) => call("check", [t, opts(options)])),
			/**
			 * Resolves the effective-access matrix of every user, or of options.user.
			 * @param {string} text
			 * @param {Options} [options]
			 */
			access: (text, options) => withText(text, (t) => call("access", [t, opts(options)], options?.asText === true)),
			/**
			 * The records view: with options.user, that user's answers on every
			 * record; with options.record, every user's answers on it
			 * ({ok, actions, records, users, rows, total}; rows stop at 1,000).
			 * @param {string} text
			 * @param {Options & {record?: string}} [options]
			 */
			records: (text, options) => withText(text, (t) => call("records", [t, opts(options)])),
			/**
			 * Answers one question about a user, with the reasons.
			 * @param {string} text
			 * @param {object|string} question see the top of this file
			 * @param {Options} [options]
			 */
			explain: (text, question, options) =>
				withText(text, (t) => call("explain", [t, typeof question === "string" ? question : json(question ?? null), opts(options)])),
			/**
			 * Runs the configuration's tests as `rolelens test` does; an invalid
			 * configuration runs none and counts as one failure.
			 * @param {string} text
			 * @param {Options} [options]
			 */
			test: (text, options) => withText(text, (t) => call("test", [t, opts(options)])),
			/**
			 * Lints a configuration.
			 * @param {string} text
			 * @param {Options} [options]
			 */
			lint: (text, options) => withText(text, (t) => call("lint", [t, opts(options)])),
			/**
			 * Compares the access two configurations give, per user.
			 * @param {string} oldText
			 * @param {string} newText
			 * @param {Options} [options]
			 */
			diff: (oldText, newText, options) =>
				withText(oldText, (o) => withText(newText, (n) => call("diff", [o, n, opts(options)]))),
			/**
			 * A made-up organisation, as `rolelens gen` writes it: {text}.
			 * @param {{system?: "bitrix24"|"vtiger", users?: number, departments?: number,
			 *   roles?: number, records?: number, assignments?: number, seed?: number}} [options]
			 */
			generate: (options) => call("generate", [opts(options)]),
			/**
			 * Collects garbage now ({ok: true}). Between calls, when nothing waits:
			 * a collection then does not fall into the next call.
			 */
			collect: () => call("collect", []),
			/**
			 * Runs step number step of a warm-up on made-up organisations, one
			 * engine call, so that the browser compiles and optimises the engine
			 * before the user's edits need it; {done: true} after the last step.
			 * The caches of the caller's own texts are left as they were.
			 */
			warm: (step) => call("warm", [String(step)]),
			/** The engine's version, the format version and the Go release. */
			version: () => call("version", []),
			/**
			 * Saved work (IndexedDB through hackpadfs, browsers only): method is
			 * a function of internal/store/jsstore without its "store" prefix.
			 * @returns {Promise<object>}
			 */
			store: (method, ...args) => {
				const f = this.ns?.["store" + method];
				if (typeof f !== "function") return Promise.resolve(failure("unavailable", "this build has no store"));
				return f(...args).then((out) => JSON.parse(out));
			},
			/** Test hook: panics inside Go; the next call must still work. */
			_panicForTest: () => call("_panicForTest", []),
			/** Test hook: ends the Go program; the next call must still work. */
			_exitForTest: () => call("_exitForTest", []),
		});
	}
}

function failure(code, message) {
	return { error: { code, message } };
}

const decoder = new TextDecoder();

// withText accepts text as a string or UTF-8 bytes and reports anything else.
function withText(text, f) {
	if (text instanceof ArrayBuffer || ArrayBuffer.isView(text)) {
		const bytes = text instanceof ArrayBuffer ? new Uint8Array(text) : new Uint8Array(text.buffer, text.byteOffset, text.byteLength);
		text = decoder.decode(bytes);
	}
	if (typeof text !== "string") {
		return failure("bad-request", `the configuration must be a string, not ${text === null ? "null" : typeof text}`);
	}
	return f(text);
}

function json(v) {
	try {
		return JSON.stringify(v) ?? "null";
	} catch (e) {
		return "{"; // malformed on purpose: the engine answers bad-request
	}
}

function opts(options) {
	if (options == null) return "";
	if (typeof options !== "object") return json(String(options));
	return json(options);
}

// compile turns any source into a WebAssembly.Module; near is the URL of
// the wasm_exec.js beside it, when the source has a location.
async function compile(source) {
	if (source instanceof WebAssembly.Module) return { module: source };
	if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
		return { module: await WebAssembly.compile(source) };
	}
	if (typeof Response === "function" && source instanceof Response) {
		return { module: await streaming(source) };
	}
	if (typeof source !== "string" && !(source instanceof URL)) {
		throw new TypeError("rolelens: load() takes a URL, a file path or the bytes of rolelens.wasm");
	}
	const url = await resolveURL(source);
	const near = /^(https?|file):$/.test(url.protocol) ? new URL("wasm_exec.js", url) : undefined;
	if (url.protocol === "file:" && isNode) {
		const { readFile } = await import("node:fs/promises");
		return { module: await WebAssembly.compile(await readFile(url)), near };
	}
	const res = await fetch(url);
	if (!res.ok) throw new Error(`rolelens: cannot fetch ${url}: ${res.status} ${res.statusText}`);
	return { module: await streaming(res), near };
}

// streaming compiles while downloading, and falls back to compiling the
// bytes when the server does not say application/wasm.
async function streaming(res) {
	if (typeof WebAssembly.compileStreaming === "function") {
		const copy = res.clone();
		try {
			return await WebAssembly.compileStreaming(res);
		} catch {
			return WebAssembly.compile(await copy.arrayBuffer());
		}
	}
	return WebAssembly.compile(await res.arrayBuffer());
}

// resolveURL reads a string as a URL, or in Node as a file path when it has
// no scheme (Windows drive letters included).
async function resolveURL(s) {
	if (s instanceof URL) return s;
	const scheme = /^[a-z][a-z0-9+.-]+:/i.test(s);
	if (isNode && !scheme) {
		const { pathToFileURL } = await import("node:url");
		return pathToFileURL(s);
	}
	return new URL(s, globalThis.location?.href);
}
