/**
 * SVG path data for small line charts: values to "M x y L x y" with a break wherever a value is null,
 * so a greyed month or a missing comparison value is a gap, not a dive to zero.
 */

export interface PathFrame {
	width: number;
	height: number;
	/** Value drawn at the top; below 1 is treated as 1 so a flat zero line sits at the bottom. */
	max: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** x of point i of n across the width (centred when there is one point). */
export function xOf(i: number, n: number, width: number): number {
	return n <= 1 ? width / 2 : (i / (n - 1)) * width;
}

export function yOf(value: number, { height, max }: PathFrame): number {
	return height - (value / Math.max(1, max)) * height;
}

export function linePath(values: readonly (number | null)[], frame: PathFrame): string {
	let d = '';
	let pen = false;
	values.forEach((v, i) => {
		if (v === null) {
			pen = false;
			return;
		}
		d += `${pen ? 'L' : 'M'}${round(xOf(i, values.length, frame.width))} ${round(yOf(v, frame))}`;
		pen = true;
	});
	return d;
}
