// Times the engine under Node as the playground uses it: each call gets a
// text it has not seen, parsed whole, resolves every user and returns the
// parsed matrix; "an edit" changes one section of a text seen before.
// Compare with the native benchmark of the same organisation.
//
//   go run ./cmd/rolelens gen --users 1000 > /tmp/org-1000.yaml
//   node wasm/test/bench.mjs build/rolelens.wasm /tmp/org-1000.yaml ...
//   go test -run '^$' -bench Access ./wasm/api     # native, same organisations
import { readFileSync } from "node:fs";
import { load } from "../rolelens.mjs";

const [wasm = "build/rolelens.wasm", ...files] = process.argv.slice(2);
const rl = await load(wasm);

function time(label, runs, f) {
	for (let i = 0; i < 3; i++) f(-1 - i); // warm up
	const ms = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		f(i);
		ms.push(performance.now() - t);
	}
	ms.sort((a, b) => a - b);
	console.log(`${label}: median ${ms[ms.length >> 1].toFixed(1)} ms, min ${ms[0].toFixed(1)} ms (${runs} runs)`);
}

for (const file of files) {
	const text = readFileSync(file, "utf8");
	const users = (rl.access(text).access?.users ?? []).length;
	const runs = users > 5000 ? 5 : 20;
	console.log(`${file}: ${users} users, ${text.length} bytes`);
	// A new document each call: the document marker in front keeps the
	// engine from reusing the sections of the last text (a whole parse, as
	// for a pasted text); "an edit" changes only the last section.
	const whole = (i) => `---\n# ${i}\n${text}`;
	time("  check  (parse)           ", runs, (i) => rl.check(whole(i)));
	time("  access (parse + resolve) ", runs, (i) => rl.access(whole(i)));
	time("  access, packed           ", runs, (i) => rl.access(whole(i), { packed: true }));
	time("  access, one user         ", runs, (i) => rl.access(whole(i), { user: "u1" }));
	time("  an edit, one user        ", runs, (i) => rl.access(`${text}\n# ${i}`, { user: "u1" }));
	time("  test                     ", runs, (i) => rl.test(whole(i)));
}
