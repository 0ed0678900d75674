// The packed matrix (access with {packed: true}) unpacks to exactly the
// plain result, for every shared conformance file and playground template
// (both systems, stages, telephony, tasks, disk, vtiger), and is much
// smaller for a large organisation.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { load, unpackAccess } from "../rolelens.mjs";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const wasmPath = process.env.ROLELENS_WASM ?? join(repo, "build", "rolelens.wasm");
const dirs = [join(repo, "..", "shared", "conformance"), join(repo, "site", "templates")];

let rl;
before(async () => {
	rl = await load(wasmPath);
});

const plainOf = (access) => JSON.parse(JSON.stringify(access));

test("unpacking gives the plain matrix", () => {
	let files = 0;
	for (const dir of dirs) {
		for (const f of readdirSync(dir).filter((x) => x.endsWith(".yaml"))) {
			const text = readFileSync(join(dir, f), "utf8");
			const plain = rl.access(text);
			if (!plain.ok) continue; // files that are wrong on purpose
			const packed = rl.access(text, { packed: true });
			assert.equal(packed.access.packed, true, f);
			assert.deepStrictEqual(plainOf(unpackAccess(packed.access)), plain.access, f);
			files++;
		}
	}
	assert.ok(files >= 15, `only ${files} files compared`);
});

test("users with the same rows share the unpacked rows", () => {
	const text = readFileSync(join(dirs[0], "bitrix-sales-team.yaml"), "utf8");
	const a = unpackAccess(rl.access(text, { packed: true }).access);
	const bob = a.users.find((u) => u.user === "bob");
	const anna = a.users.find((u) => u.user === "anna");
	assert.equal(anna.crm, anna.crm, "decoded once");
	assert.ok(a.layout.crm.length > 0, "the layout stays reachable");
	assert.ok(!Object.keys(a).includes("layout"), "but out of the plain shape");
	if (JSON.stringify(anna.crm) === JSON.stringify(bob.crm)) assert.equal(anna.crm, bob.crm);
});

test("a packed 2,000-user matrix is a small part of the plain one", () => {
	const lines = ["rolelens: 1", "system: bitrix24", "org:", "  departments:", "    - {id: d0}"];
	for (let i = 1; i < 200; i++) lines.push(`    - {id: d${i}, parent: d${(i - 1) >> 2}}`);
	lines.push("  users:");
	for (let i = 0; i < 2000; i++) lines.push(`    - {id: u${i}, departments: [d${i % 200}]}`);
	lines.push("crm:", "  roles:");
	for (let r = 0; r < 5; r++) lines.push(`    - {id: r${r}, permissions: {lead: {read: own}, deal: {read: all, stages: {WON: {update: none}}}}}`);
	lines.push("  assignments:");
	for (let r = 0; r < 5; r++) lines.push(`    - {role: r${r}, to: [department-tree:d${r}]}`);
	const text = lines.join("\n") + "\n";
	const plain = JSON.stringify(rl.access(text));
	const packed = JSON.stringify(rl.access(text, { packed: true }));
	assert.ok(packed.length * 5 < plain.length, `packed ${packed.length} bytes, plain ${plain.length}`);
});

test("access with asText answers the same result as JSON text", () => {
	const text = readFileSync(join(dirs[0], "bitrix-sales-team.yaml"), "utf8");
	const raw = rl.access(text, { packed: true, asText: true });
	assert.equal(typeof raw, "string");
	assert.deepStrictEqual(JSON.parse(raw), rl.access(text, { packed: true }));
	assert.equal(typeof rl.access(42, { asText: true }), "object", "failures stay objects");
});
