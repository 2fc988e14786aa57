/** The emerging hot spot layer's model in the form the hexagon layer draws: cells with a pattern, by class. */
import { EMERGING_RGB } from '$lib/analysis/classify/palette';
import type { EmergingAnswer } from '$lib/analysis/session/emerging-answer';
import type { HexLayerModel } from './hex-layer-props';

export const EMERGING_LAYER_ID = 'emerging-classes';

export function emergingLayerModel(answer: EmergingAnswer): HexLayerModel {
	const keep: number[] = [];
	for (let i = 0; i < answer.cells.length; i++) if (answer.classes[i] >= 0) keep.push(i);
	const classCells = EMERGING_RGB.map(() => 0);
	const classIncidents = EMERGING_RGB.map(() => 0);
	for (const i of keep) {
		classCells[answer.classes[i]]++;
		classIncidents[answer.classes[i]] += answer.counts[i];
	}
	return {
		data: { length: keep.length, index: Uint32Array.from(keep), count: Uint32Array.from(keep, (i) => answer.counts[i]), classOf: Uint8Array.from(keep, (i) => answer.classes[i]) },
		classes: [],
		colours: [...EMERGING_RGB],
		total: keep.reduce((s, i) => s + answer.counts[i], 0),
		classCells,
		classIncidents
	};
}
