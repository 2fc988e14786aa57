/**
 * Stability and predictive capture of hotspots between consecutive equal windows (issue 16 item 3):
 *   hit rate  = next window's incidents in the previous window's hotspots / all of the next window's incidents
 *   PAI       = hit rate / the hotspots' share of the study area (Chainey, Tompson & Uhlig 2008)
 *   RRI       = (hotspot incidents next / hotspot incidents previous) / (all next / all previous) (Levine 2008)
 * and each cell's persistence: the share of windows in which it was a hotspot. Hexagons of one resolution have
 * nearly equal areas, so a share of cells stands for a share of area.
 */

export interface WindowCounts {
	/** Label, e.g. "2024" or "01/2024". */
	label: string;
	/** Per study cell. */
	counts: ArrayLike<number>;
	/** Per study cell: in this window's hotspot set. */
	hot: ArrayLike<boolean | number>;
}

export interface Capture {
	hotspots: number;
	areaShare: number;
	hitRate: number | null;
	pai: number | null;
	rri: number | null;
}

export interface WindowPair {
	previous: string;
	next: string;
	capture: Capture;
}

const sum = (xs: ArrayLike<number>) => {
	let s = 0;
	for (let i = 0; i < xs.length; i++) s += xs[i];
	return s;
};

/** Capture of `next`'s incidents by `previous`'s hotspots. */
export function capture(previous: WindowCounts, next: WindowCounts): Capture {
	const n = previous.counts.length;
	let hotspots = 0;
	let hitNext = 0;
	let hitPrevious = 0;
	for (let i = 0; i < n; i++) {
		if (!previous.hot[i]) continue;
		hotspots++;
		hitNext += next.counts[i];
		hitPrevious += previous.counts[i];
	}
	const [allNext, allPrevious] = [sum(next.counts), sum(previous.counts)];
	const areaShare = n > 0 ? hotspots / n : 0;
	const hitRate = allNext > 0 ? hitNext / allNext : null;
	return {
		hotspots,
		areaShare,
		hitRate,
		pai: hitRate !== null && areaShare > 0 ? hitRate / areaShare : null,
		rri: hitPrevious > 0 && allPrevious > 0 && allNext > 0 ? hitNext / hitPrevious / (allNext / allPrevious) : null
	};
}

export function consecutivePairs(windows: readonly WindowCounts[]): WindowPair[] {
	return windows.slice(1).map((next, i) => ({ previous: windows[i].label, next: next.label, capture: capture(windows[i], next) }));
}

/** Share of windows in which each cell was a hotspot. */
export function persistence(windows: readonly WindowCounts[]): Float64Array {
	const n = windows[0]?.counts.length ?? 0;
	const out = new Float64Array(n);
	for (const w of windows) for (let i = 0; i < n; i++) if (w.hot[i]) out[i] += 1 / windows.length;
	return out;
}

/** The top share of cells by count (5% by default), ties broken by index; cells with no incidents never count. */
export function topShare(counts: ArrayLike<number>, share = 0.05): Uint8Array {
	const n = counts.length;
	const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => counts[b] - counts[a] || a - b);
	const out = new Uint8Array(n);
	const take = Math.ceil(n * share);
	for (let k = 0; k < take && k < n; k++) if (counts[order[k]] > 0) out[order[k]] = 1;
	return out;
}
