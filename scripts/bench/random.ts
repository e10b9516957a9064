/**
 * A small seeded PRNG, so that the same --papers N writes byte-identical content on
 * every run and every machine: Math.random() would make runs incomparable.
 */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** Any item, each as likely as the others. */
	pick<T>(items: readonly T[]): T;
	/**
	 * An item favouring the front of the list (roughly Zipf-like), so that common words
	 * are common and the tail is rare, as in real prose and in a real search index.
	 */
	skewed<T>(items: readonly T[]): T;
	/** count distinct items, in the order they were drawn. */
	sample<T>(items: readonly T[], count: number): T[];
	chance(probability: number): boolean;
}

/** mulberry32: 32 bits of state, good enough for text and fast. */
export function seeded(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const at = <T>(items: readonly T[], index: number): T => {
		const item = items[Math.min(index, items.length - 1)];
		if (item === undefined) throw new Error('Cannot pick from an empty list.');
		return item;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (items) => at(items, Math.floor(next() * items.length)),
		skewed: (items) => at(items, Math.floor(items.length * next() ** 2.2)),
		sample: (items, count) => {
			const pool = [...items];
			const chosen = [];
			while (chosen.length < count && pool.length > 0) chosen.push(...pool.splice(Math.floor(next() * pool.length), 1));
			return chosen;
		},
		chance: (probability) => next() < probability,
	};
}

/** A seed for one item (paper i, person j) that does not depend on how many came before. */
export function seedFor(kind: string, index: number): number {
	let hash = 2166136261;
	for (const char of `${kind}:${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
	return hash >>> 0;
}
