import { describe, expect, it } from 'vitest';
import { lsoaValues, valueClassIndex, valueClasses } from './lsoa-classes';

describe('lsoaValues', () => {
	it('gives counts or rates per 1,000 residents', () => {
		expect([...lsoaValues([3, 0, 5], [1500, 1000, 2000], 'count')]).toEqual([3, 0, 5]);
		expect([...lsoaValues([3, 0, 5], [1500, 1000, 2000], 'rate')]).toEqual([2, 0, 2.5]);
	});
});

describe('valueClasses', () => {
	it.each([
		{
			name: 'zero class then quantiles of the positive counts',
			values: [0, 0, 1, 2, 3, 4, 5, 6],
			k: 3,
			mode: 'count' as const,
			labels: ['0', '1–2', '3–4', '5–6']
		},
		{ name: 'ties keep classes fewer', values: [2, 2, 2, 2, 9], k: 4, mode: 'count' as const, labels: ['2', '9'] },
		{ name: 'rates to one decimal place', values: [0.5, 1.25, 2, 4.75], k: 2, mode: 'rate' as const, labels: ['0.5–1.3', '2.0–4.8'] },
		{ name: 'all zero', values: [0, 0], k: 5, mode: 'count' as const, labels: ['0'] },
		{ name: 'empty', values: [], k: 5, mode: 'count' as const, labels: [] }
	])('$name', ({ values, k, mode, labels }) => {
		expect(valueClasses(values, k, mode).map((c) => c.label)).toEqual(labels);
	});

	it('places each value in its class', () => {
		const classes = valueClasses([0, 1, 2, 3, 4, 5, 6], 3, 'count');
		expect([0, 1, 2, 3, 6, 99].map((v) => valueClassIndex(v, classes))).toEqual([0, 1, 1, 2, 3, 3]);
	});
});
