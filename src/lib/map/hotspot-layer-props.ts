/**
 * The Gi* layer's model in the form the hexagon layer draws: each drawn study cell with its class colour.
 * Significant cells always; with `significantOnly` off, the not-significant cells holding incidents too, so
 * the reader sees what was tested. Zero cells that are not significant are never drawn.
 */
import type { HotspotAnswer } from '$lib/analysis/session/hotspots';
import { GI_CLASS_RGB } from '$lib/analysis/classify/palette';
import type { HexLayerModel } from './hex-layer-props';

export const HOTSPOT_LAYER_ID = 'hotspot-classes';

export function hotspotLayerModel(answer: HotspotAnswer, significantOnly: boolean): HexLayerModel {
	const keep: number[] = [];
	for (let i = 0; i < answer.cells.length; i++) {
		const c = answer.classes[i];
		if (c !== 0 || (!significantOnly && answer.counts[i] > 0)) keep.push(i);
	}
	const index = Uint32Array.from(keep);
	const count = Uint32Array.from(keep, (i) => answer.counts[i]);
	// Colour index = class + 3: cold 99% (0) ... not significant (3) ... hot 99% (6).
	const classOf = Uint8Array.from(keep, (i) => answer.classes[i] + 3);
	const classCells = GI_CLASS_RGB.map(() => 0);
	const classIncidents = GI_CLASS_RGB.map(() => 0);
	for (let i = 0; i < answer.cells.length; i++) {
		classCells[answer.classes[i] + 3]++;
		classIncidents[answer.classes[i] + 3] += answer.counts[i];
	}
	return { data: { length: keep.length, index, count, classOf }, classes: [], colours: [...GI_CLASS_RGB], total: answer.incidents, classCells, classIncidents };
}
