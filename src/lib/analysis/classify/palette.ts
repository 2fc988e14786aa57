/** RGB triple, 0-255, the form deck.gl takes. */
export type Rgb = readonly [number, number, number];

/**
 * ColorBrewer YlOrRd (sequential, marked colour-blind safe and print friendly by ColorBrewer), from
 * 3 to 7 classes. Light = few incidents, dark red = many.
 */
const YL_OR_RD: Record<number, readonly string[]> = {
	1: ['#e31a1c'],
	2: ['#feb24c', '#e31a1c'],
	3: ['#ffeda0', '#feb24c', '#f03b20'],
	4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
	5: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
	6: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'],
	7: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026']
};

export const MAX_CLASSES = 7;

function hexToRgb(hex: string): Rgb {
	const n = parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The sequential palette for `k` classes (1-7), as CSS hex strings. */
export function sequentialHex(k: number): readonly string[] {
	const colours = YL_OR_RD[k];
	if (!colours) throw new RangeError(`The sequential palette has 1 to ${MAX_CLASSES} classes, not ${k}`);
	return colours;
}

export function sequentialRgb(k: number): Rgb[] {
	return sequentialHex(k).map(hexToRgb);
}
