import { describe, expect, it } from 'vitest';
import type { HotspotAnswer } from '$lib/analysis/session/hotspots';
import { hotspotLayerModel } from './hotspot-layer-props';

const answer = {
	cells: ['a', 'b', 'c', 'd'],
	counts: Uint32Array.from([9, 0, 2, 0]),
	classes: Int8Array.from([3, -2, 0, 0]),
	incidents: 11
} as unknown as HotspotAnswer;

describe('hotspotLayerModel', () => {
	it('draws significant cells, and not-significant cells with incidents unless only significant ones are asked for', () => {
		const all = hotspotLayerModel(answer, false);
		expect([...all.data.index]).toEqual([0, 1, 2]);
		expect([...all.data.classOf]).toEqual([6, 1, 3]);
		expect([...hotspotLayerModel(answer, true).data.index]).toEqual([0, 1]);
	});
	it('counts every study cell by class for the legend, zero cells included', () => {
		const m = hotspotLayerModel(answer, true);
		expect(m.classCells).toEqual([0, 1, 0, 2, 0, 0, 1]);
		expect(m.classIncidents).toEqual([0, 0, 0, 2, 0, 0, 9]);
	});
});
