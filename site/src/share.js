// share.js: a configuration in a link. The fragment is #v1= followed by
// base64url without padding of the raw DEFLATE (RFC 1951) of the UTF-8
// text, so the docs and scripts can make links without this code, and the
// text never reaches a server (fragments are not sent).

const PREFIX = "#v1=";

function toBase64url(bytes) {
	let bin = "";
	for (let i = 0; i < bytes.length; i += 0x8000) {
		bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(s) {
	if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error("not base64url");
	const b64 = s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4);
	const bin = atob(b64);
	const out = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
	return out;
}

async function pipe(bytes, stream) {
	const res = new Response(new Blob([bytes]).stream().pipeThrough(stream));
	return new Uint8Array(await res.arrayBuffer());
}

/** encode returns the fragment (with #v1=) for text. */
export async function encode(text) {
	const raw = new TextEncoder().encode(text);
	return PREFIX + toBase64url(await pipe(raw, new CompressionStream("deflate-raw")));
}

/** decode reads a fragment; it returns null when the fragment is not a v1 link. */
export async function decode(hash, maxBytes = 4 << 20) {
	if (!hash || !hash.startsWith(PREFIX)) return null;
	const bytes = await pipe(fromBase64url(hash.slice(PREFIX.length)), new DecompressionStream("deflate-raw"));
	if (bytes.length > maxBytes) throw new Error("the linked configuration is too large");
	return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

export const isShareLink = (hash) => typeof hash === "string" && hash.startsWith(PREFIX);
