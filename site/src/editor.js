// editor.js: the YAML editor (CodeMirror 6): highlighting, line numbers,
// the engine's diagnostics inline with their did-you-mean fixes, and
// completion of keys, level words and the ids the text defines.
import { basicSetup } from "codemirror";
import { EditorView, Decoration, keymap } from "@codemirror/view";
import { EditorState, StateEffect, StateField, Compartment } from "@codemirror/state";
import { yaml } from "@codemirror/lang-yaml";
import { forceParsing } from "@codemirror/language";
import { setDiagnostics, lintGutter } from "@codemirror/lint";
import { autocompletion } from "@codemirror/autocomplete";
import { indentWithTab } from "@codemirror/commands";
import { completions } from "./complete.js";

// LARGE_INSERT is the size of a new text that the highlighter reads at
// once (see #parseSoon): about 200 users.
const LARGE_INSERT = 20_000;

const flashEffect = StateEffect.define();
const flashField = StateField.define({
	create: () => Decoration.none,
	update(deco, tr) {
		deco = deco.map(tr.changes);
		for (const e of tr.effects) {
			if (e.is(flashEffect)) {
				deco = e.value === null ? Decoration.none : Decoration.set([Decoration.line({ class: "cm-flash" }).range(e.value)]);
			}
		}
		return deco;
	},
	provide: (f) => EditorView.decorations.from(f),
});

/** offset turns a 1-based line and rune column into a document offset. */
export function offset(doc, line, col) {
	if (!line || line < 1) return 0;
	if (line > doc.lines) return doc.length;
	const l = doc.line(line);
	let i = 0;
	let runes = 1;
	while (runes < col && i < l.text.length) {
		const cp = l.text.codePointAt(i);
		i += cp > 0xffff ? 2 : 1;
		runes++;
	}
	return l.from + i;
}

export class Editor {
	constructor(parent, { text, nonce, onChange, label }) {
		this.onChange = onChange;
		this.a11y = new Compartment();
		const extensions = [
			basicSetup,
			keymap.of([indentWithTab]),
			yaml(),
			lintGutter(),
			autocompletion({ override: [completions] }),
			flashField,
			this.a11y.of(EditorView.contentAttributes.of({ "aria-label": label })),
			// The engine hears of a change as the transaction is made, before
			// the editor redraws, so that both work at the same time.
			EditorState.transactionExtender.of((tr) => {
				if (tr.docChanged) this.onChange(this.#textOf(tr.newDoc));
				return null;
			}),
			EditorView.updateListener.of((u) => {
				let inserted = 0;
				if (u.docChanged) u.changes.iterChanges((fa, ta, fb, tb) => (inserted += tb - fb));
				if (inserted >= LARGE_INSERT) this.#parseSoon();
			}),
		];
		if (nonce) extensions.push(EditorView.cspNonce.of(nonce));
		this.view = new EditorView({ parent, state: EditorState.create({ doc: text, extensions }) });
	}

	// #parseSoon has the highlighter read a large new text (a paste, an
	// opened file) while the engine resolves it in its worker, in slices of
	// 40 ms, rather than when the page is idle: otherwise its slices of up
	// to 100 ms fell into the user's first edits, which waited behind them.
	// Only as far as the highlighter reads ahead by itself: 100,000
	// characters past the view.
	#parseSoon() {
		clearTimeout(this.parseTimer);
		const step = () => {
			const v = this.view;
			if (!forceParsing(v, Math.min(v.state.doc.length, v.viewport.to + 100_000), 40)) this.parseTimer = setTimeout(step, 0);
		};
		this.parseTimer = setTimeout(step, 0);
	}

	/** text is the editor's text; the string is built once per version of the document. */
	get text() {
		return this.#textOf(this.view.state.doc);
	}

	// #textOf flattens a document, remembering the last: the engine, saving,
	// the records and the role filter all ask for the same version, and a
	// 10,000-user text is 2 MB to join each time.
	#textOf(doc) {
		if (doc !== this.flatDoc) {
			this.flatDoc = doc;
			this.flatText = doc.toString();
		}
		return this.flatText;
	}

	/** setText replaces the whole text, as one undoable change. */
	setText(text) {
		this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
	}

	setLabel(label) {
		this.view.dispatch({ effects: this.a11y.reconfigure(EditorView.contentAttributes.of({ "aria-label": label })) });
	}

	/** showDiagnostics puts the engine's diagnostics into the editor. */
	showDiagnostics(diags, quickFix) {
		const doc = this.view.state.doc;
		const out = [];
		for (const d of diags) {
			const from = offset(doc, d.range.start.line, d.range.start.col);
			let to = offset(doc, d.range.end.line || d.range.start.line, d.range.end.col || d.range.start.col);
			if (to <= from) to = Math.min(doc.length, from + 1);
			out.push({
				from,
				to,
				severity: d.severity === "error" ? "error" : "warning",
				source: d.code,
				message: d.message + (d.hint ? " " + d.hint : ""),
				actions: (d.suggest ?? []).map((s) => ({
					name: quickFix(s),
					apply(view, f, t) {
						view.dispatch({ changes: { from: f, to: t, insert: s } });
					},
				})),
			});
		}
		this.view.dispatch(setDiagnostics(this.view.state, out));
	}

	/** revealCursor scrolls the cursor back into view, after the editor shrank. */
	revealCursor() {
		this.view.dispatch({ effects: EditorView.scrollIntoView(this.view.state.selection.main.head) });
	}

	/** goto moves the cursor to a position, scrolls to it and flashes the line. */
	goto(line, col = 1) {
		const doc = this.view.state.doc;
		const pos = offset(doc, line, col);
		const lineStart = doc.lineAt(pos).from;
		this.view.dispatch({
			selection: { anchor: pos },
			effects: [EditorView.scrollIntoView(pos, { y: "center" }), flashEffect.of(lineStart)],
		});
		this.view.focus();
		clearTimeout(this.flashTimer);
		this.flashTimer = setTimeout(() => this.view.dispatch({ effects: flashEffect.of(null) }), 1200);
	}

	/** replace changes a range given in lines and rune columns. */
	replace(range, text) {
		const doc = this.view.state.doc;
		const from = offset(doc, range.start.line, range.start.col);
		const to = offset(doc, range.end.line, range.end.col);
		this.view.dispatch({ changes: { from, to, insert: text } });
	}
}
