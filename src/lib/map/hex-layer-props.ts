import { classIndex, countClasses, type ClassMethod, type CountClass } from '$lib/analysis/classify/classes';
import { sequentialRgb, type Rgb } from '$lib/analysis/classify/palette';

/** What the hex layer draws: cell ids of one resolution and their counts under the current filters. */
export interface HexCounts {
	/** H3 ids of the resolution shown (the worker's cell dictionary). */
	cells: readonly string[];
	/** Count per dictionary index. */
	counts: Uint32Array;
}

export interface HexStyle {
	classes: number;
	method: ClassMethod;
	/** 0-1. */
	opacity: number;
}

/** The layer's data: only cells with incidents, as parallel arrays (no object per cell). */
export interface HexData {
	length: number;
	/** Dictionary index of each drawn cell. */
	index: Uint32Array;
	count: Uint32Array;
	/** Class of each drawn cell. */
	classOf: Uint8Array;
}

export interface HexLayerModel {
	data: HexData;
	classes: CountClass[];
	colours: Rgb[];
	total: number;
	/** Per class: hexagons drawn in it and the incidents they hold, so the legend can say how hot each class is. */
	classCells: number[];
	classIncidents: number[];
	/** Under disclosure control: hexagons below the threshold, drawn in the neutral low class, and their incidents. */
	low?: { below: number; cells: number; incidents: number } | null;
}

/** classOf value of a hexagon in the neutral low class. */
export const LOW_CLASS = 255;
/** Neutral grey for hexagons under the disclosure threshold: not on the sequential ramp, so never read as a count. */
export const LOW_RGB: Rgb = [189, 189, 189];

/** Drawn cells and their classes; cells with no incidents are left out, so they are never drawn. */
export function hexLayerModel({ cells, counts }: HexCounts, style: HexStyle, lowBelow = 0): HexLayerModel {
	if (counts.length !== cells.length) {
		throw new Error(`hexLayerModel: ${counts.length} counts for ${cells.length} cells`);
	}
	// Under disclosure control the classes are drawn from the hexagons at or above the threshold only.
	const classed = lowBelow > 1 ? counts.filter((c) => c >= lowBelow) : counts;
	const classes = countClasses(classed, style.classes, style.method);
	const low = lowBelow > 1 ? { below: lowBelow, cells: 0, incidents: 0 } : null;
	const colours = classes.length ? sequentialRgb(classes.length) : [];
	let drawn = 0;
	let total = 0;
	for (let i = 0; i < counts.length; i++) {
		if (counts[i] > 0) drawn++;
		total += counts[i];
	}
	const index = new Uint32Array(drawn);
	const count = new Uint32Array(drawn);
	const classOf = new Uint8Array(drawn);
	const classCells = classes.map(() => 0);
	const classIncidents = classes.map(() => 0);
	for (let i = 0, j = 0; i < counts.length; i++) {
		if (counts[i] === 0) continue;
		index[j] = i;
		count[j] = counts[i];
		if (low && counts[i] < low.below) {
			classOf[j++] = LOW_CLASS;
			low.cells++;
			low.incidents += counts[i];
			continue;
		}
		const k = classIndex(counts[i], classes);
		classOf[j] = k;
		classCells[k]++;
		classIncidents[k] += counts[i];
		j++;
	}
	return { data: { length: drawn, index, count, classOf }, classes, colours, total, classCells, classIncidents, low };
}

/** Stable layer id: deck.gl matches layers across renders by id. */
export const HEX_LAYER_ID = 'incident-hexagons';

/**
 * Props for deck.gl's H3HexagonLayer. Accessors read the parallel arrays by index; updateTriggers name
 * everything they close over so deck.gl recomputes colours exactly when the model or style changes.
 */
export function hexLayerProps(model: HexLayerModel, cells: readonly string[], style: HexStyle, options: { beforeId: string; version: number; id?: string }) {
	const { data, colours } = model;
	const alpha = Math.round(Math.max(0, Math.min(1, style.opacity)) * 255);
	return {
		id: options.id ?? HEX_LAYER_ID,
		data,
		beforeId: options.beforeId,
		pickable: true,
		filled: true,
		stroked: false,
		extruded: false,
		// Kent spans half a degree of latitude: low-precision hexes are accurate enough and far faster.
		highPrecision: false as const,
		getHexagon: (_: unknown, { index }: { index: number }) => cells[data.index[index]],
		getFillColor: (_: unknown, { index }: { index: number }): [number, number, number, number] => {
			const k = data.classOf[index];
			const [r, g, b] = k === LOW_CLASS ? LOW_RGB : colours[k];
			return [r, g, b, alpha];
		},
		updateTriggers: {
			getHexagon: options.version,
			getFillColor: [options.version, style.classes, style.method, alpha, model.low?.below ?? 0]
		}
	};
}
