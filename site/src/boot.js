// boot.js: starts the engine's worker as the very first thing, so that
// the wasm downloads and compiles while the page's larger script is
// still being parsed. main.js takes the worker from here.
if (!window.__rolelensWorker) {
	window.__rolelensWorker = new Worker(new URL("worker.js", import.meta.url), { type: "module" });
	// Messages that arrive before main.js listens are kept for it.
	window.__rolelensEarly = [];
	window.__rolelensWorker.onmessage = (ev) => window.__rolelensEarly.push(ev);
}
