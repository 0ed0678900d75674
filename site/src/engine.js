// engine.js: the page's side of the worker. Calls are promises; analyze
// takes callbacks for its two phases and drops answers that a newer
// analysis has superseded.

export class Engine {
	constructor(url) {
		// boot.js has started the worker already (and maybe a link's analysis).
		const boot = window.__rolelensBoot;
		this.worker = boot?.worker ?? new Worker(url, { type: "module" });
		this.next = 1;
		this.calls = new Map();
		this.latest = 0;
		this.orphans = []; // answers for boot's analysis (id 0) until adopted
		this.worker.onmessage = (ev) => this.#receive(ev.data);
		for (const ev of boot?.early ?? []) this.#receive(ev.data);
		if (boot) boot.early = [];
		this.worker.onerror = (ev) => {
			for (const c of this.calls.values()) c.reject?.(new Error(ev.message || "worker failed"));
			this.calls.clear();
			this.onfailure?.(ev.message || "the engine could not start");
		};
	}

	/**
	 * adopt takes over an analysis that boot.js started (id 0), with the
	 * handlers of analyze(); answers that came already are handed on now.
	 */
	adopt(handlers) {
		this.latest = 0;
		this.calls.set(0, handlers);
		const waiting = this.orphans;
		this.orphans = [];
		for (const msg of waiting) this.#receive(msg);
	}

	#receive(msg) {
		if (msg.mark) {
			// The worker's moments on the page's timeline.
			performance.mark(msg.mark, { startTime: msg.at - performance.timeOrigin, detail: { ms: msg.ms } });
			return;
		}
		const c = this.calls.get(msg.id);
		if (!c) {
			if (msg.id === 0 && this.orphans) this.orphans.push(msg);
			return;
		}
		if (msg.superseded) {
			this.calls.delete(msg.id);
			return;
		}
		if (msg.error) {
			this.calls.delete(msg.id);
			c.reject?.(new Error(msg.error));
			c.onerror?.(msg.error);
			return;
		}
		if (msg.phase) {
			if (msg.phase === "extras") this.calls.delete(msg.id);
			if (msg.id !== this.latest) return; // a newer text is on its way
			c[msg.phase]?.(msg.result);
			return;
		}
		this.calls.delete(msg.id);
		c.resolve(msg.result);
	}

	call(op, args = {}) {
		const id = this.next++;
		return new Promise((resolve, reject) => {
			this.calls.set(id, { resolve, reject });
			this.worker.postMessage({ id, op, ...args });
		});
	}

	/**
	 * analyze(text, lang, {rows(result), access(result), extras(result),
	 * onerror}, visible, lintCode): visible lists the users on screen, whose
	 * rows come first when the organisation is large; lintCode keeps the
	 * lint findings to one code ("" for all).
	 */
	analyze(text, lang, handlers, visible, lintCode = "") {
		const id = this.next++;
		this.orphans = null; // boot's analysis, if any, is of no use now
		this.latest = id;
		this.calls.set(id, handlers);
		this.worker.postMessage({ id, op: "analyze", text, lang, visible, lintCode });
	}
}
