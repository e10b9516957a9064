import { createHash } from 'node:crypto';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_CODE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const HASH_SOURCE = /'sha(256|384|512)-[A-Za-z0-9+/=]+'/g;

/** Code the policy governs: styles, and scripts with no src that a browser would run (not data such as JSON-LD). */
const isInlineCode = (tag: string, attributes: string) =>
	tag.toLowerCase() === 'style' ||
	(!/\bsrc=/i.test(attributes) && /^(|module|text\/javascript|application\/javascript)$/i.test(/\btype="([^"]*)"/i.exec(attributes)?.[1] ?? ''));

const digest = (algorithm: string, code: string) => `'sha${algorithm}-${createHash(`sha${algorithm}`).update(code).digest('base64')}'`;

/**
 * Astro's policy lists the hash of every inline script and style of the whole site, and of
 * every script and stylesheet file, on every page: some 30 hashes, on the wire on every
 * page, that no compression can shrink. A page needs only the hashes of its own inline
 * code; its files are allowed by 'self'. So each page keeps those and drops the rest. A
 * policy that lacks the hash of any of the page's inline code is left as Astro wrote it.
 */
export function keepOwnHashes(html: string): string {
	const policy = POLICY.exec(html);
	if (!policy) return html;
	const listed = new Set(policy[2]!.match(HASH_SOURCE) ?? []);
	if (listed.size === 0) return html;
	const algorithm = /^'sha(\d+)-/.exec([...listed][0]!)![1]!;
	const own = new Set<string>();
	for (const { 0: whole, 1: tag, 2: attributes, 3: code, index } of html.matchAll(INLINE_CODE)) {
		// A policy in a <meta> governs only what comes after it.
		if (index + whole.length <= policy.index || !isInlineCode(tag!, attributes!)) continue;
		const hash = digest(algorithm, code!);
		if (!listed.has(hash)) return html;
		own.add(hash);
	}
	const pruned = policy[2]!
		.replace(HASH_SOURCE, (hash) => (own.has(hash) ? hash : ''))
		.replace(/ {2,}/g, ' ')
		.replace(/ ;/g, ';');
	return html.replace(POLICY, `$1${pruned}$3`);
}
