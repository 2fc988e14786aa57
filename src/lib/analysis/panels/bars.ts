/**
 * Offence-group and age-band bars (issue 7 item 3): counts under every filter except the bar's own
 * (Cube.groupOptions / ageBandOptions), which bars the filter selects, and the patch a click makes.
 */

export interface BarOption {
	code: number;
	label: string;
}

export interface Bar extends BarOption {
	count: number;
	/** Share of all bars' counts, 0-1. */
	share: number;
	/** Bar length as a share of the largest bar, 0-1. */
	length: number;
	selected: boolean;
}

/**
 * Bars in option order. `selected` null means the filter is off, which selects `defaults` (offence groups:
 * serious violence only) or every option when no defaults are given.
 */
export function barsModel(counts: ArrayLike<number>, options: readonly BarOption[], selected: readonly number[] | null, defaults?: readonly number[]): Bar[] {
	const chosen = new Set(selected ?? defaults ?? options.map((o) => o.code));
	let total = 0;
	let max = 0;
	for (const o of options) {
		total += counts[o.code] ?? 0;
		max = Math.max(max, counts[o.code] ?? 0);
	}
	return options.map((o) => {
		const count = counts[o.code] ?? 0;
		return { ...o, count, share: total ? count / total : 0, length: max ? count / max : 0, selected: chosen.has(o.code) };
	});
}

/**
 * The filter after a click on one bar. From the default selection a click shows that bar alone; afterwards it
 * toggles the bar. Back at the default (or at nothing) the filter is removed, so the chip and URL parameter go.
 */
export function toggleBar(selected: readonly number[] | null, code: number, defaults: readonly number[]): number[] | null {
	if (selected === null) return [code];
	const next = selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code].sort((a, b) => a - b);
	const isDefault = next.length === defaults.length && next.every((c) => defaults.includes(c));
	return next.length === 0 || isDefault ? null : next;
}
