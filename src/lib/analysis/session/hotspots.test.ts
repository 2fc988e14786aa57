import { describe, expect, it } from 'vitest';
import { hotspotRobustness, type HotspotAnswer } from './hotspots';

const answer = (resolution: 7 | 8 | 9, k: number, cells: string[], classes: number[]) =>
	({ resolution, k, cells, classes: Int8Array.from(classes), hot: classes.filter((c) => c >= 2).length }) as unknown as HotspotAnswer;

describe('hotspotRobustness', () => {
	it('counts cells hot for every k, and finest cells hot at every resolution by the cell holding their centre', () => {
		const byK = [answer(8, 1, ['a', 'b', 'c'], [2, 2, 0]), answer(8, 2, ['a', 'b', 'c'], [2, 1, 0]), answer(8, 3, ['a', 'b', 'c'], [3, 2, 0])];
		const byRes = [answer(7, 1, ['A'], [2]), answer(8, 1, ['m1', 'm2'], [2, 0]), answer(9, 1, ['f1', 'f2', 'f3'], [2, 2, 0])];
		// f1 lies in m1 (hot) and A (hot); f2 in m2 (not hot).
		const parents: Record<string, Record<number, string>> = { f1: { 7: 'A', 8: 'm1' }, f2: { 7: 'A', 8: 'm2' }, f3: { 7: 'A', 8: 'm2' } };
		const r = hotspotRobustness(byK, byRes, (cell, res) => parents[cell][res]);
		expect(r.byK).toEqual([
			{ k: 1, hot: 2 },
			{ k: 2, hot: 1 },
			{ k: 3, hot: 2 }
		]);
		expect(r.hotForEveryK).toBe(1);
		expect([r.finestHot, r.finestHotAtEveryResolution]).toEqual([2, 1]);
	});
});
