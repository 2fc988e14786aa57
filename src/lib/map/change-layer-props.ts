/** The change layer's model: the clusters of rises and falls Gi* finds in the difference B - A, in the Gi* colours. */
import { GI_CLASS_RGB } from '$lib/analysis/classify/palette';
import type { ChangeAnswer } from '$lib/analysis/session/change-answer';
import type { HexLayerModel } from './hex-layer-props';

export const CHANGE_LAYER_ID = 'change-classes';

export function changeLayerModel(answer: ChangeAnswer): HexLayerModel {
	const keep: number[] = [];
	for (let i = 0; i < answer.cells.length; i++) if (answer.classes[i] !== 0) keep.push(i);
	const classCells = GI_CLASS_RGB.map(() => 0);
	const classIncidents = GI_CLASS_RGB.map(() => 0);
	for (let i = 0; i < answer.cells.length; i++) {
		classCells[answer.classes[i] + 3]++;
		classIncidents[answer.classes[i] + 3] += answer.countsB[i];
	}
	return {
		data: { length: keep.length, index: Uint32Array.from(keep), count: Uint32Array.from(keep, (i) => answer.countsB[i]), classOf: Uint8Array.from(keep, (i) => answer.classes[i] + 3) },
		classes: [],
		colours: [...GI_CLASS_RGB],
		total: answer.totalB,
		classCells,
		classIncidents
	};
}
