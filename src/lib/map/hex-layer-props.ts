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
}

/** Drawn cells and their classes; cells with no incidents are left out, so they are never drawn. */
export function hexLayerModel({ cells, counts }: HexCounts, style: HexStyle): HexLayerModel {
	if (counts.length !== cells.length) {
		throw new Error(`hexLayerModel: ${counts.length} counts for ${cells.length} cells`);
	}
	const classes = countClasses(counts, style.classes, style.method);
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
		const k = classIndex(counts[i], classes);
		classOf[j] = k;
		classCells[k]++;
		classIncidents[k] += counts[i];
		j++;
	}
	return { data: { length: drawn, index, count, classOf }, classes, colours, total, classCells, classIncidents };
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
			const [r, g, b] = colours[data.classOf[index]];
			return [r, g, b, alpha];
		},
		updateTriggers: {
			getHexagon: options.version,
			getFillColor: [options.version, style.classes, style.method, alpha]
		}
	};
}
