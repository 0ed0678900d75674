// boot.js: the page's first, tiny script, a classic one at the top of the
// head so that it runs as soon as it arrives (main.js imports it too, in
// case it did not run; it acts once). Before the larger bundle is fetched
// and parsed it starts the engine's worker (which fetches and compiles the
// wasm at once), fetches the UI catalogue and, for a #v1= share link,
// decodes the link and asks the worker for its matrix, so that the answer
// is ready as soon as the engine is. main.js takes all of it over from
// window.__rolelensBoot.
import * as share from "./share.js";
import { detect } from "./i18n.js";

// Files are next to this script (and to the page that loads it).
const base = document.currentScript?.src || document.baseURI;

if (!window.__rolelensBoot) {
	performance.mark("rolelens:boot");
	// The worker fetches and compiles the wasm itself, streaming, as soon
	// as it runs (compiling it here and posting the module was measured
	// slower: it competes with the page's own scripts).
	const worker = new Worker(new URL("worker.js", base), { type: "module" });
	const boot = {
		worker,
		// Messages that arrive before main.js listens are kept for it.
		early: [],
		lang: detect(),
		catalogue: null,
		link: null, // {hash, text (a promise of the text or {error})}
		linkId: 0, // the id of the link's analysis (ids of main.js start at 1)
	};
	window.__rolelensBoot = boot;
	worker.onmessage = (ev) => boot.early.push(ev);
	boot.catalogue = fetch(new URL(`i18n/${boot.lang}.json`, base)).then((r) => (r.ok ? r.json() : null)).catch(() => null);
	const hash = location.hash;
	if (share.isShareLink(hash)) {
		const text = share.decode(hash).catch((error) => ({ error }));
		boot.link = { hash, text };
		text.then((s) => {
			if (typeof s !== "string") return;
			performance.mark("rolelens:link-decoded");
			boot.link.sent = s;
			worker.postMessage({ id: boot.linkId, op: "analyze", text: s, lang: boot.lang });
		});
	}
}
