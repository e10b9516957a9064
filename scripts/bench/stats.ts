/** The two sums the bench reports: middles of repeated runs, and one site's figure over another's. */

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** ours / peer; NaN when the peer's figure is 0 or missing, which no ratio can describe. */
export function ratio(ours: number, peer: number): number {
	return peer > 0 && Number.isFinite(peer) ? ours / peer : Number.NaN;
}
