// i18n.js: the UI's language. Catalogues come from /i18n/<lang>.json:
// "labels" are the engine's words (levels, actions, rules, notes, facts)
// as each platform names them; "ui" are this page's own strings.

export const LANGS = ["en", "de", "ru"];
const cache = new Map();
let cat = { labels: {}, ui: {} };
let current = "en";

export function detect() {
	// A link from the docs says the reader's language (?lang=de).
	const asked = new URLSearchParams(location.search).get("lang");
	if (LANGS.includes(asked)) return asked;
	try {
		const saved = localStorage.getItem("rolelens.lang");
		if (LANGS.includes(saved)) return saved;
	} catch {
		/* storage may be off */
	}
	for (const l of navigator.languages ?? [navigator.language]) {
		const short = String(l).slice(0, 2).toLowerCase();
		if (LANGS.includes(short)) return short;
	}
	return "en";
}

export async function use(lang) {
	if (!LANGS.includes(lang)) lang = "en";
	const boot = globalThis.window?.__rolelensBoot;
	if (!cache.has(lang) && boot?.catalogue && boot.lang === lang) {
		// boot.js fetched the first catalogue already.
		const cat = await boot.catalogue;
		boot.catalogue = null;
		if (cat) cache.set(lang, cat);
	}
	if (!cache.has(lang)) {
		const res = await fetch(new URL(`i18n/${lang}.json`, document.baseURI));
		if (!res.ok) throw new Error(`cannot load the ${lang} catalogue`);
		cache.set(lang, await res.json());
	}
	cat = cache.get(lang);
	current = lang;
	document.documentElement.lang = lang;
	try {
		localStorage.setItem("rolelens.lang", lang);
	} catch {
		/* storage may be off */
	}
}

export const lang = () => current;

// Digit groups as each language writes them. Written here, not with
// toLocaleString: the browser's first Intl call loads its locale data,
// which took 50 to 110 ms of the page's thread while the engine was
// loading (measured on a share link's first matrix).
const GROUP = { en: ",", de: ".", ru: "\u00a0" };

/** count writes a whole number with the current language's digit groups: 10,000, 10.000, 10 000. */
export function count(n) {
	const s = String(Math.trunc(Math.abs(n)));
	let out = "";
	for (let i = 0; i < s.length; i++) {
		if (i > 0 && (s.length - i) % 3 === 0) out += GROUP[current] ?? ",";
		out += s[i];
	}
	return n < 0 ? "-" + out : out;
}

// pluralForm is CLDR's plural category of a whole number n: "one", "few"
// or "other" (Russian's "many" is "other" here). Written here for the same
// reason as count.
function pluralForm(n) {
	n = Math.abs(Math.trunc(n));
	if (current !== "ru") return n === 1 ? "one" : "other";
	const [d, h] = [n % 10, n % 100];
	if (d === 1 && h !== 11) return "one";
	if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return "few";
	return "other";
}

/** tn: a UI string about n things, {0} being n: the catalogue's key.one or key.few where n asks for it and the language has it. */
export function tn(key, n, ...args) {
	const form = pluralForm(n);
	const k = form !== "other" && cat.ui[`${key}.${form}`] !== undefined ? `${key}.${form}` : key;
	return t(k, n, ...args);
}

function fillArgs(s, args) {
	// Most strings have no arguments: no pattern to look for (a matrix
	// asks for four labels a cell).
	if (!args.length) return s;
	return s.replace(/\{(\d+)\}/g, (m, i) => (args[i] !== undefined ? String(args[i]) : m));
}

/** t: a UI string, {0}.. replaced by args. */
export function t(key, ...args) {
	const s = cat.ui[key];
	return s === undefined ? key : fillArgs(s, args);
}

/** label: an engine label; "entity.deal@wholesale" fills the pattern. */
export function label(key, ...args) {
	let s = cat.labels[key];
	if (s === undefined) {
		const at = key.indexOf("@");
		if (at >= 0 && cat.labels[key.slice(0, at + 1)] !== undefined) {
			return fillArgs(cat.labels[key.slice(0, at + 1)], [key.slice(at + 1)]);
		}
		return key;
	}
	return fillArgs(s, args);
}

export const has = (key) => cat.labels[key] !== undefined;

/** labelOr: the first of keys that has a label (patterns included), else the last key's. */
export function labelOr(...keys) {
	for (const key of keys.slice(0, -1)) {
		const l = label(key);
		if (l !== key) return l;
	}
	return label(keys[keys.length - 1]);
}

/** actionLabel names a record action, Bitrix24's or vtiger's. */
export const actionLabel = (a) => labelOr(`action.crm.${a}`, `action.vtiger.${a}`);

/** Applies the catalogue to elements marked data-i18n, -title, -aria. */
export function translate(root = document) {
	for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
	for (const el of root.querySelectorAll("[data-i18n-title]")) el.title = t(el.dataset.i18nTitle);
	for (const el of root.querySelectorAll("[data-i18n-aria]")) el.setAttribute("aria-label", t(el.dataset.i18nAria));
}
