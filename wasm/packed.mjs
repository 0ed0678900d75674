// packed.mjs: unpacks the packed access matrix (access(text, {packed:
// true}), see wasm/api/packed.go) into the plain result's shape. Users are
// decoded when a view first reads their rows, and users with the same
// digits share the decoded rows, so 10,000 users cost little until shown.
//
//   const r = rl.access(text, { packed: true });
//   const access = unpackAccess(r.access);   // access.users[i].crm, .telephony, ...

const HEAD = ["user", "name", "departments", "role", "admin", "extranet", "noRole", "noCrmAccess"];

/** unpackAccess returns a plain-shaped access result; other values pass through. */
export function unpackAccess(access) {
	if (!access?.packed) return access;
	const { layout: L, packed, users, ...rest } = access;
	const n = access.actions.length;
	const shared = { c: new Map(), t: new Map(), k: new Map(), d: new Map() };
	const decode = {
		c(s) {
			let k = 0;
			const take = () => {
				const out = [];
				for (let i = 0; i < n; i++) out.push(L.crmWords[s.charCodeAt(k++) - 48]);
				return out;
			};
			return L.crm.map(({ entity, stages }) => {
				const levels = take();
				const row = { entity, levels };
				if (stages.length) {
					row.stages = stages.map((stage) => {
						const lv = take();
						const st = { stage, levels: lv };
						if (lv.some((w, i) => w !== levels[i])) st.differs = true;
						return st;
					});
				}
				return row;
			});
		},
		t: (s) => L.telephony.map((p, i) => ({ permission: p.permission, level: p.words[s.charCodeAt(i) - 48] })),
		k(s) {
			const on = L.tasks.filter((_, i) => s[i] === "1");
			return on.length ? on : undefined;
		},
		d: (s) => L.disk.map((path, i) => ({ path, level: L.diskWords[s.charCodeAt(i) - 48] })),
	};
	const part = (key, s) => {
		if (s === undefined) return undefined;
		const m = shared[key];
		if (!m.has(s)) m.set(s, decode[key](s));
		return m.get(s);
	};
	const out = { ...rest, users: users.map((p) => new PackedUser(p, part, L)) };
	// The layout stays reachable for views (which entities have stages),
	// but out of the plain shape.
	Object.defineProperty(out, "layout", { value: L, enumerable: false });
	return out;
}

// PackedUser reads everything from its packed form on demand: making
// 10,000 of them costs no more than the array that holds them.
class PackedUser {
	#p;
	#part;
	#L;
	constructor(p, part, L) {
		this.#p = p;
		this.#part = part;
		this.#L = L;
	}
	get user() { return this.#p.user; }
	get name() { return this.#p.name; }
	get departments() { return this.#p.departments; }
	get role() { return this.#p.role; }
	get admin() { return this.#p.admin; }
	get extranet() { return this.#p.extranet; }
	get noRole() { return this.#p.noRole; }
	get noCrmAccess() { return this.#p.noCrmAccess; }
	get crm() { return this.#part("c", this.#p.c); }
	get settings() { return this.#p.settings; }
	get telephony() { return this.#part("t", this.#p.t); }
	get tasks() { return this.#part("k", this.#p.k); }
	get disk() { return this.#part("d", this.#p.d); }
	get vtiger() { return this.#p.v === undefined ? undefined : this.#L.vtiger[this.#p.v]; }
	/** toJSON gives the plain result's user (JSON.stringify, tests). */
	toJSON() {
		const o = {};
		for (const k of HEAD) if (this[k] !== undefined) o[k] = this[k];
		for (const k of ["crm", "settings", "telephony", "tasks", "disk", "vtiger"]) if (this[k] !== undefined) o[k] = this[k];
		return o;
	}
}
