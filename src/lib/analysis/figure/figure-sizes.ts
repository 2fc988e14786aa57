/**
 * Output sizes of a composed figure. Layout works in units of 1/96 inch (CSS pixels): a figure of width W px
 * at d dpi is W x 96/d units wide, drawn at d/96 pixels per unit, and is W x 72/d points wide as a PDF page.
 */

export interface FigureSize {
	/** Pixels of the PNG. */
	width: number;
	height: number;
	dpi: number;
}

export const FIGURE_SIZES = {
	'slide-16x9': { label: 'Slide 16:9 (1920 × 1080 px)', width: 1920, height: 1080, dpi: 96 },
	'slide-4x3': { label: 'Slide 4:3 (1440 × 1080 px)', width: 1440, height: 1080, dpi: 96 },
	'a4-landscape': { label: 'A4 landscape, 300 dpi (3508 × 2480 px)', width: 3508, height: 2480, dpi: 300 },
	'a4-portrait': { label: 'A4 portrait, 300 dpi (2480 × 3508 px)', width: 2480, height: 3508, dpi: 300 }
} as const satisfies Record<string, FigureSize & { label: string }>;

export type FigureSizeId = keyof typeof FIGURE_SIZES | 'custom';

/** Largest side a custom figure may have: a browser canvas beyond about 16,000 px fails silently. */
export const MAX_FIGURE_PX = 12_000;

/** A custom size, or the reason it cannot be made. */
export function customSize(width: number, height: number, dpi: number): FigureSize | { error: string } {
	if (![width, height, dpi].every(Number.isFinite)) return { error: 'Width, height and dpi must be numbers.' };
	if (width < 400 || height < 300) return { error: 'A figure needs at least 400 × 300 pixels to hold its title, legend and notes.' };
	if (width > MAX_FIGURE_PX || height > MAX_FIGURE_PX) return { error: `Neither side may exceed ${MAX_FIGURE_PX.toLocaleString('en-GB')} pixels.` };
	if (dpi < 72 || dpi > 600) return { error: 'Resolution must be between 72 and 600 dpi.' };
	return { width: Math.round(width), height: Math.round(height), dpi: Math.round(dpi) };
}

/** Layout units per side, and pixels per unit. */
export function unitsOf(size: FigureSize): { width: number; height: number; scale: number } {
	const scale = size.dpi / 96;
	return { width: size.width / scale, height: size.height / scale, scale };
}

/** The PDF page in points (1/72 inch). */
export function pointsOf(size: FigureSize): { width: number; height: number } {
	return { width: (size.width * 72) / size.dpi, height: (size.height * 72) / size.dpi };
}
