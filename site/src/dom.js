// dom.js: building elements. Text always goes in as text nodes, never as
// HTML, so names from a configuration can never become markup.

/**
 * h("td", {class: "x", dataset: {user: "anna"}, onclick: f}, "text", child)
 * Attributes: class, dataset, on* handlers, aria-* and others as attributes;
 * a property of false, null or undefined is left out.
 */
export function h(tag, attrs, ...children) {
	const el = document.createElement(tag);
	if (attrs) {
		for (const [k, v] of Object.entries(attrs)) {
			if (v === false || v == null) continue;
			if (k === "class") el.className = v;
			else if (k === "dataset") Object.assign(el.dataset, v);
			else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
			else if (k === "text") el.textContent = v;
			else if (k === "hidden" || k === "disabled" || k === "checked" || k === "selected") el[k] = !!v;
			else if (k === "value") el.value = v;
			else el.setAttribute(k, v === true ? "" : String(v));
		}
	}
	append(el, children);
	return el;
}

function append(el, children) {
	for (const c of children) {
		if (c == null || c === false) continue;
		if (Array.isArray(c)) append(el, c);
		else if (c instanceof Node) el.appendChild(c);
		else el.appendChild(document.createTextNode(String(c)));
	}
}

/** Replaces el's children. */
export function fill(el, ...children) {
	el.replaceChildren();
	append(el, children);
	return el;
}

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];
