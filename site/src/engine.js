// engine.js: the page's side of the worker. Calls are promises; analyze
// takes callbacks for its two phases and drops answers that a newer
// analysis has superseded.

export class Engine {
	constructor(url) {
		// boot.js may have started the worker already.
		this.worker = window.__rolelensWorker ?? new Worker(url, { type: "module" });
		const early = window.__rolelensEarly ?? [];
		this.next = 1;
		this.calls = new Map();
		this.latest = 0;
		this.worker.onmessage = (ev) => this.#receive(ev.data);
		for (const ev of early) this.#receive(ev.data);
		this.worker.onerror = (ev) => {
			for (const c of this.calls.values()) c.reject?.(new Error(ev.message || "worker failed"));
			this.calls.clear();
			this.onfailure?.(ev.message || "the engine could not start");
		};
	}

	#receive(msg) {
		const c = this.calls.get(msg.id);
		if (!c) return;
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
	 * onerror}, visible): visible lists the users on screen, whose rows come
	 * first when the organisation is large.
	 */
	analyze(text, lang, handlers, visible) {
		const id = this.next++;
		this.latest = id;
		this.calls.set(id, handlers);
		this.worker.postMessage({ id, op: "analyze", text, lang, visible });
	}
}
