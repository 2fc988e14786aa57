import { describe, expect, it } from 'vitest';
import type { EmergingAnswer } from '$lib/analysis/session/emerging-answer';
import { emergingLayerModel } from './emerging-layer-props';

describe('emergingLayerModel', () => {
	it('draws only cells with a pattern, coloured by class, and counts each class', () => {
		const answer = { cells: ['a', 'b', 'c'], classes: Int8Array.from([3, -1, 9]), counts: Uint32Array.from([40, 2, 0]) } as unknown as EmergingAnswer;
		const m = emergingLayerModel(answer);
		expect([...m.data.index]).toEqual([0, 2]);
		expect([...m.data.classOf]).toEqual([3, 9]);
		expect(m.colours).toHaveLength(16);
		expect(m.classCells[3]).toBe(1);
		expect(m.classIncidents[3]).toBe(40);
	});
});
