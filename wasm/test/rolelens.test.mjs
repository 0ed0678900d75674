// Tests of wasm/rolelens.mjs over the built module (make wasm first;
// ROLELENS_WASM overrides the path of build/rolelens.wasm).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import { load } from "../rolelens.mjs";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const wasmPath = process.env.ROLELENS_WASM ?? join(repo, "build", "rolelens.wasm");
const conformanceDir = join(repo, "..", "shared", "conformance");
const salesTeam = readFileSync(join(conformanceDir, "bitrix-sales-team.yaml"), "utf8");

let rl;
before(async () => {
	rl = await load(wasmPath);
});

test("every shared conformance file passes through test()", () => {
	const files = readdirSync(conformanceDir).filter((f) => f.endsWith(".yaml"));
	assert.ok(files.length > 0, "no conformance files");
	let passed = 0;
	let failed = 0;
	for (const f of files) {
		const r = rl.test(readFileSync(join(conformanceDir, f), "utf8"));
		assert.equal(r.ok, true, `${f}: ${JSON.stringify(r.diagnostics)}`);
		assert.deepEqual(r.results.filter((x) => !x.pass), [], f);
		passed += r.passed;
		failed += r.failed;
	}
	assert.deepEqual({ passed, failed }, { passed: 68, failed: 0 });
});

test("load() takes a path, a file: URL and bytes", async () => {
	for (const source of [pathToFileURL(wasmPath), pathToFileURL(wasmPath).href, readFileSync(wasmPath)]) {
		const other = await load(source);
		assert.equal(other.version().engine, rl.version().engine);
		assert.equal(other.check(salesTeam).ok, true);
	}
	await assert.rejects(load(42), TypeError);
});

test("version() names engine, format and Go", () => {
	const v = rl.version();
	assert.match(v.engine, /^\d+\.\d+\.\d+/);
	assert.equal(v.format, 1);
	assert.match(v.go, /^go1\./);
});

test("invalid configurations are diagnostics, in the requested language", () => {
	for (const text of ["", "{", "rolelens: [1", "rolelens: 1\nsystem: bitrx24\n", "\u0000", "a: b: c"]) {
		const r = rl.test(text);
		assert.equal(r.ok, false, text);
		assert.equal(r.passed, 0);
		assert.equal(r.failed, 1, "an invalid file counts as one failure");
		assert.ok(r.diagnostics.length > 0);
		for (const d of r.diagnostics) assert.ok(d.code && d.message && d.range, JSON.stringify(d));
	}
	const de = rl.check("rolelens: 1\nsystem: bitrx24\n", { lang: "de" });
	const d = de.diagnostics[0];
	assert.equal(d.code, "E108");
	assert.deepEqual(d.suggest, ["bitrix24"]);
	assert.deepEqual(d.range.start, { line: 2, col: 9 });
	assert.match(d.message, /unbekannt/);
	assert.match(d.hint, /meinten Sie .bitrix24./);
	assert.match(rl.check("rolelens: 1\nsystem: bitrx24\n", { lang: "ru" }).diagnostics[0].message, /[а-я]/);
	assert.equal(rl.check(new TextEncoder().encode(salesTeam)).ok, true, "UTF-8 bytes are text too");
});

test("bad calls answer bad-request objects and never throw", () => {
	for (const r of [rl.check(42), rl.check(null), rl.check(undefined), rl.access({}), rl.diff(salesTeam, 1)]) {
		assert.equal(r.error?.code, "bad-request", JSON.stringify(r));
	}
	assert.equal(rl.check(salesTeam, 5).error?.code, "bad-request");
	assert.equal(rl.check(salesTeam, { lang: 5 }).error?.code, "bad-request");
	const cyclic = {};
	cyclic.self = cyclic;
	assert.equal(rl.check(salesTeam, cyclic).error?.code, "bad-request");
	assert.equal(rl.explain(salesTeam, cyclic).questionError?.code, "E006");
	assert.equal(rl.check(salesTeam, { lang: "xx", unknown: true }).ok, true, "unknown options are ignored");
});

test("inputs over the engine's limit are an E002 diagnostic", () => {
	const huge = "#".repeat((16 << 20) + 1);
	for (const r of [rl.check(huge), rl.access(huge), rl.test(huge), rl.lint(huge), rl.records(huge, { user: "anna" })]) {
		assert.equal(r.ok, false);
		assert.equal(r.diagnostics[0].code, "E002");
	}
	assert.equal(rl.test(huge).failed, 1);
	assert.equal(rl.diff(salesTeam, huge).new.diagnostics[0].code, "E002");
	assert.deepEqual(rl.records(huge).rows, [], "records answers in its own shape");
	assert.match(rl.check(huge, { lang: "ru" }).diagnostics[0].message, /[а-я]/, "in the caller's language");
	assert.equal(rl.check(salesTeam).ok, true);
});

test("a panic inside Go is an error object, and the module keeps answering", () => {
	const r = rl._panicForTest();
	assert.equal(r.error.code, "panic");
	assert.match(r.error.message, /forced/);
	assert.equal(rl.test(salesTeam).failed, 0);
	assert.equal(rl._panicForTest().error.code, "panic");
	assert.equal(rl.check(salesTeam).ok, true);
});

test("a Go program that dies anyway is replaced", () => {
	assert.equal(rl._exitForTest().error.code, "crashed");
	assert.equal(rl.test(salesTeam).failed, 0);
	assert.equal(rl.version().format, 1);
});

test("access() resolves everyone, or options.user", () => {
	const all = rl.access(salesTeam);
	assert.equal(all.ok, true);
	assert.ok(all.access.users.length > 5);
	const anna = rl.access(salesTeam, { user: "anna" });
	assert.deepEqual(anna.access.users.map((u) => u.user), ["anna"]);
	const lead = anna.access.users[0].crm.find((e) => e.entity === "lead");
	assert.equal(lead.levels[anna.access.actions.indexOf("read")], "department");
	const nobody = rl.access(salesTeam, { user: "nobody" });
	assert.equal(nobody.access, null);
	assert.equal(nobody.questionError.code, "E202");
	const bad = rl.access("rolelens: 2");
	assert.equal(bad.ok, false);
	assert.equal(bad.access, null);
});

test("explain() takes the shape of a test, or a question with kind", () => {
	const shapes = [
		[{ user: "anna", crm: { entity: "deal", action: "read", stage: "WON" } }, "own"],
		[{ user: "anna", kind: "crm", entity: "deal", action: "read", stage: "WON" }, "own"],
		[JSON.stringify({ user: "anna", record: "lead-bob", action: "update" }), "deny"],
		[{ user: "hanna", crm: "settings" }, "allow"],
		[{ user: "anna", tasks: "view-all-tasks" }, "deny"],
	];
	for (const [q, answer] of shapes) {
		const r = rl.explain(salesTeam, q);
		assert.equal(r.explanation?.answer, answer, JSON.stringify(r));
		assert.equal(r.explanation.user, q.user ?? JSON.parse(q).user);
	}
	const unknown = rl.explain(salesTeam, { user: "anna", record: "lead-bob", action: "upd" }, { lang: "de" });
	assert.equal(unknown.explanation, null);
	assert.equal(unknown.questionError.code, "E110");
	assert.ok(unknown.questionError.message);
	assert.equal(rl.explain(salesTeam, { user: "anna" }).questionError.code, "E301");
	assert.equal(rl.explain(salesTeam, null).questionError.code, "E006");
});

test("test() reports failures with the reason, as rolelens test", () => {
	const r = rl.test(salesTeam.replace("action: read, expect: allow}", "action: read, expect: deny}"));
	assert.equal(r.failed, 1);
	const f = r.results.find((x) => !x.pass);
	assert.equal(f.expect, "deny");
	assert.equal(f.got, "allow");
	assert.ok(f.at.start.line > 0);
	assert.ok(f.reason);
	assert.ok(f.why);
});

test("lint() and diff()", () => {
	const l = rl.lint(salesTeam);
	if (l.error) {
		assert.equal(l.error.code, "unavailable");
	} else {
		assert.equal(l.ok, true);
		assert.ok(Array.isArray(l.findings));
		for (const f of l.findings) assert.ok(f.code && f.message);
	}
	// limit keeps the first findings; total and severities count them all.
	const conflicts = readFileSync(join(conformanceDir, "bitrix-conflicts.yaml"), "utf8");
	const all = rl.lint(conflicts);
	if (!all.error) {
		assert.ok(all.findings.length >= 2, "bitrix-conflicts.yaml has findings");
		const one = rl.lint(conflicts, { limit: 1 });
		assert.deepEqual(one.findings, all.findings.slice(0, 1));
		assert.equal(one.total, all.findings.length);
		assert.equal(Object.values(one.severities).reduce((a, b) => a + b, 0), all.findings.length);
		assert.equal(rl.lint(conflicts, { limit: -1 }).error.code, "bad-request");
	}
	const changed = salesTeam.replace("lead: {read: department, add: own", "lead: {read: all, add: own");
	const d = rl.diff(salesTeam, changed);
	if (!d.error) {
		assert.equal(d.ok, true);
		assert.ok(d.diff.users.length > 0);
		assert.equal(rl.diff(salesTeam, salesTeam).diff.users.length, 0);
		assert.equal(rl.diff(salesTeam, "{").ok, false);
	}
});

// organisation writes a bitrix24 configuration with n users in 10%
// departments, four roles and two records per user.
export function organisation(n) {
	const lines = ["rolelens: 1", "system: bitrix24", `title: ${n} users`, "org:", "  departments:", "    - {id: d0, head: u0}"];
	const depts = Math.max(1, Math.floor(n / 10));
	for (let d = 1; d < depts; d++) lines.push(`    - {id: d${d}, parent: d${Math.floor((d - 1) / 4)}, head: u${d * 10}}`);
	lines.push("  users:");
	for (let u = 0; u < n; u++) lines.push(`    - {id: u${u}, name: User ${u}, departments: [d${Math.floor(u / 10) % depts}]${u % 97 === 5 ? ", admin: true" : ""}}`);
	lines.push(
		"crm:",
		"  roles:",
		"    - {id: agent, permissions: {lead: {read: department, add: own, update: own}, deal: {read: department, update: own, stages: {WON: {update: none}}}, contact: {read: all}}}",
		"    - {id: head, settings: true, permissions: {lead: {read: subdepartments, update: department}, deal: {read: subdepartments, update: department}}}",
		"    - {id: viewer, permissions: {lead: {read: open}, company: {read: all}}}",
		"    - {id: boss, permissions: {lead: {read: all, update: all, delete: all}, deal: {read: all, update: all}}}",
		"  assignments:",
		"    - {role: agent, to: [department-tree:d0]}",
		"    - {role: head, to: [heads]}",
		"    - {role: viewer, to: [everyone]}",
		"    - {role: boss, to: [user:u0]}",
		"records:",
	);
	for (let r = 0; r < 2 * n; r++) lines.push(`  - {id: r${r}, entity: ${r % 2 ? "deal" : "lead"}, responsible: u${(r * 7) % n}, stage: ${r % 2 ? "WON" : "NEW"}}`);
	lines.push("tests:", "  - {user: u0, crm: {entity: lead, action: delete}, expect: all}", "  - {user: u1, record: r0, action: read, expect: allow}");
	return lines.join("\n") + "\n";
}

test("a 1,000-user configuration resolves", () => {
	const text = organisation(1000);
	rl.access(text); // warm up
	const t0 = performance.now();
	const r = rl.access(text + "# again\n");
	const ms = performance.now() - t0;
	assert.equal(r.ok, true, JSON.stringify(r.diagnostics?.slice(0, 3)));
	assert.equal(r.access.users.length, 1000);
	assert.equal(r.access.users[0].crm.find((e) => e.entity === "lead").levels[0], "all");
	const t = rl.test(text);
	assert.deepEqual([t.passed, t.failed], [2, 0], JSON.stringify(t.results));
	console.log(`# 1,000 users: access() in ${ms.toFixed(1)} ms`);
});

test("records() answers a user's records and who may act on a record", () => {
	const mine = rl.records(salesTeam, { user: "anna" });
	assert.equal(mine.ok, true);
	assert.deepEqual(mine.actions, ["read", "update", "delete"]);
	const bob = mine.rows.find((r) => r.id === "lead-bob");
	assert.deepEqual(bob.answers.slice(0, 2), ["allow", "deny"], "agents read their department's leads but edit only their own");
	assert.equal(mine.total, mine.rows.length);
	const who = rl.records(salesTeam, { record: "lead-bob" });
	assert.equal(who.rows.find((r) => r.user === "anna").answers[0], "allow");
	assert.ok(who.users.some((u) => u.user === "eve" && !u.useful), "admins are not the interesting users");
	const unknown = rl.records(salesTeam, { user: "nobody" });
	assert.equal(unknown.questionError.code, "E202");
	assert.deepEqual(unknown.rows, []);
});

test("collect() frees garbage and the engine keeps answering", () => {
	assert.deepEqual(rl.collect(), { ok: true });
	assert.equal(rl.check(salesTeam).ok, true);
});

test("warm() steps through made-up organisations and ends with done", () => {
	const before = rl.access(salesTeam, { user: "anna" });
	let step = 0;
	for (; step < 1000; step++) {
		const r = rl.warm(step);
		if (r.done) break;
		assert.equal(r.ok, true, `step ${step}: ${JSON.stringify(r).slice(0, 200)}`);
	}
	assert.ok(step > 10 && step < 1000, `${step} steps`);
	assert.equal(rl.warm("x").error?.code, "bad-request");
	assert.deepEqual(rl.access(salesTeam, { user: "anna" }), before);
});
