/** Timing helpers shared by the benches and `npm run perf`. */
export function median(values: readonly number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function timeMs(f: () => unknown): number {
	const t = performance.now();
	f();
	return performance.now() - t;
}

export async function timeMsAsync(f: () => Promise<unknown>): Promise<number> {
	const t = performance.now();
	await f();
	return performance.now() - t;
}
