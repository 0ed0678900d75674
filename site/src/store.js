// store.js: saved work. Workspaces live in IndexedDB through the engine's
// Go store (internal/store over hackpadfs/indexeddb, in the worker); a
// browser or engine without it falls back to localStorage with the same
// calls, so the page works either way and says which it uses.

class WasmStore {
	constructor(engine) {
		this.engine = engine;
		this.kind = "indexeddb";
	}
	async #call(method, ...args) {
		const res = await this.engine.call("store", { method, args });
		if (res?.error) throw Object.assign(new Error(res.error.message), { code: res.error.code });
		return res;
	}
	list() { return this.#call("List"); }
	create(name, text) { return this.#call("Create", name, text); }
	save(id, text, checkpoint) { return this.#call("Save", id, text, !!checkpoint); }
	load(id) { return this.#call("Load", id); }
	history(id) { return this.#call("History", id); }
	version(id, v) { return this.#call("Version", id, v).then((r) => r.text); }
	restore(id, v) { return this.#call("Restore", id, v); }
	rename(id, name) { return this.#call("Rename", id, name); }
	remove(id) { return this.#call("Delete", id); }
}

const KEY = "rolelens.ws.";
const EVERY = 60_000;
const MAX = 50;

class LocalStore {
	constructor() {
		this.kind = "localstorage";
	}
	#get(id) {
		const raw = localStorage.getItem(KEY + id);
		if (!raw) throw Object.assign(new Error("not found"), { code: "not-found" });
		return JSON.parse(raw);
	}
	#put(w) {
		localStorage.setItem(KEY + w.id, JSON.stringify(w));
	}
	#meta(w) {
		return { id: w.id, name: w.name, created: w.created, updated: w.updated, versions: w.history.length };
	}
	async list() {
		const out = [];
		for (let i = 0; i < localStorage.length; i++) {
			const k = localStorage.key(i);
			if (k.startsWith(KEY)) out.push(this.#meta(JSON.parse(localStorage.getItem(k))));
		}
		return out.sort((a, b) => (a.updated < b.updated ? 1 : -1));
	}
	async create(name, text) {
		const now = new Date().toISOString();
		const w = { id: "w" + Date.now().toString(36) + Math.random().toString(36).slice(2, 6), name: name || "Untitled", created: now, updated: now, text, history: [{ id: String(Date.now()), saved: now, text }] };
		this.#put(w);
		return this.#meta(w);
	}
	async save(id, text, checkpoint) {
		const w = this.#get(id);
		const now = new Date();
		w.text = text;
		w.updated = now.toISOString();
		const last = w.history[0];
		if ((checkpoint || !last || now - new Date(last.saved) >= EVERY) && last?.text !== text) {
			w.history.unshift({ id: String(Math.max(Date.now(), Number(last?.id ?? 0) + 1)), saved: w.updated, text });
			w.history.length = Math.min(w.history.length, MAX);
		}
		this.#put(w);
		return this.#meta(w);
	}
	async load(id) {
		const w = this.#get(id);
		return { workspace: this.#meta(w), text: w.text };
	}
	async history(id) {
		return this.#get(id).history.map((v) => ({ id: v.id, saved: v.saved, bytes: v.text.length }));
	}
	async version(id, v) {
		return this.#get(id).history.find((x) => x.id === v)?.text ?? "";
	}
	async restore(id, v) {
		const text = await this.version(id, v);
		await this.save(id, this.#get(id).text, true);
		const workspace = await this.save(id, text, true);
		return { workspace, text };
	}
	async rename(id, name) {
		const w = this.#get(id);
		w.name = name;
		this.#put(w);
		return this.#meta(w);
	}
	async remove(id) {
		localStorage.removeItem(KEY + id);
	}
}

/** open returns the store to use: the engine's when it has one. */
export async function open(engine, hasWasmStore) {
	if (hasWasmStore) {
		const s = new WasmStore(engine);
		try {
			await s.list();
			return s;
		} catch {
			/* IndexedDB refused (private mode, quota): fall back */
		}
	}
	return new LocalStore();
}
