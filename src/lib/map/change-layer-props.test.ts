import { describe, expect, it } from 'vitest';
import type { ChangeAnswer } from '$lib/analysis/session/change-answer';
import { changeLayerModel } from './change-layer-props';

describe('changeLayerModel', () => {
	it('draws the clusters of rises and falls, coloured as Gi* classes', () => {
		const answer = { cells: ['a', 'b', 'c'], classes: Int8Array.from([2, 0, -3]), countsA: Uint32Array.from([1, 5, 9]), countsB: Uint32Array.from([8, 5, 1]), totalB: 14 } as unknown as ChangeAnswer;
		const m = changeLayerModel(answer);
		expect([...m.data.index]).toEqual([0, 2]);
		expect([...m.data.classOf]).toEqual([5, 0]);
		expect(m.classCells).toEqual([1, 0, 0, 1, 0, 1, 0]);
	});
});
