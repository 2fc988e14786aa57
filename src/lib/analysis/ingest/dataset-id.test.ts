import { describe, expect, it } from 'vitest';
import { newDatasetId } from './dataset-id';

describe('newDatasetId', () => {
	const own = { rows: 10, sources: ['a.csv'] };
	it.each([
		['nothing kept under the name', [], 'local-1'],
		['the same rows kept under it', [{ id: 'local-1', ...own }], 'local-1'],
		['a dataset that has grown kept under it', [{ id: 'local-1', rows: 25, sources: ['a.csv', 'b.csv'] }], 'local-1-2'],
		['that and the next name taken', [{ id: 'local-1', rows: 25, sources: ['a.csv', 'b.csv'] }, { id: 'local-1-2', rows: 3, sources: ['c.csv'] }], 'local-1-3']
	])('with %s', (_, kept, expected) => {
		expect(newDatasetId('local-1', kept, own)).toBe(expected);
	});
});
