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

/**
 * gridKeys moves through a table's cells (td.c) with the arrow keys and
 * activates one with Enter or Space (its click), for a keydown on the
 * table. One cell is a tab stop (tabindex 0), the others -1, so that Tab
 * enters and leaves the table once instead of stopping at every cell.
 */
export function gridKeys(e) {
	const td = e.target.closest?.("td.c");
	if (!td) return;
	if (e.key === "Enter" || e.key === " ") {
		e.preventDefault();
		td.click();
		return;
	}
	const moves = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
	const m = moves[e.key];
	if (!m) return;
	e.preventDefault();
	let target = null;
	if (m[1]) {
		let c = m[1] > 0 ? td.nextElementSibling : td.previousElementSibling;
		while (c && !c.matches("td.c")) c = m[1] > 0 ? c.nextElementSibling : c.previousElementSibling;
		target = c;
	} else {
		let row = m[0] > 0 ? td.parentElement.nextElementSibling : td.parentElement.previousElementSibling;
		while (row && !row.children[td.cellIndex]?.matches("td.c")) row = m[0] > 0 ? row.nextElementSibling : row.previousElementSibling;
		target = row?.children[td.cellIndex] ?? null;
	}
	if (target) {
		td.tabIndex = -1;
		target.tabIndex = 0;
		target.focus();
		target.scrollIntoView({ block: "nearest", inline: "nearest" });
	}
}
