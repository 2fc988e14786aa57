import { describe, expect, it } from 'vitest';
import { datasetNeeded, parseViewsJson, viewsToJson, type SavedView } from './saved-view';

const VIEW: SavedView = { id: 'v1', title: 'Medway evenings', note: 'For the CSP, 12/01/2026', query: 'ds=local-3f9a2c1b&d=E06000035&lyr=gi', savedAt: 1_767_225_600_000, datasetLabel: 'kent-extract-2025.csv', files: ['kent-extract-2025.csv'] };

describe('saved views', () => {
	it('round-trip through the JSON file unchanged', () => {
		expect(parseViewsJson(viewsToJson([VIEW]))).toEqual({ views: [VIEW], problems: [] });
	});

	it('keep the good views of a file and name each bad one with its reason', () => {
		const text = JSON.stringify({ format: 'hotspot-atlas-views', version: 1, views: [VIEW, { id: 'x', title: 'Bad link', query: 'gik=9', savedAt: 1 }, { title: 'No id' }] });
		const { views, problems } = parseViewsJson(text);
		expect(views.map((v) => v.id)).toEqual(['v1']);
		expect(problems).toEqual(['"Bad link": its link has gik (Gi* neighbours must be 1, 2 or 3 rings).', '"No id": needs an id, a title, a query and a save time.']);
		expect(parseViewsJson('{"views": []}').problems[0]).toMatch(/not a saved-views file/);
		expect(parseViewsJson('not json').problems).toEqual(['The file is not JSON.']);
	});

	it('say which files to import when the view’s dataset is not loaded', () => {
		expect(datasetNeeded(VIEW, 'synthetic-20240101')).toBe('"Medway evenings" was made from kent-extract-2025.csv (local-3f9a2c1b), which is not in this browser: import kent-extract-2025.csv.');
		expect(datasetNeeded(VIEW, 'local-3f9a2c1b')).toBeNull();
		expect(datasetNeeded({ ...VIEW, query: 'ds=synthetic-42' }, null)).toBe('Load the synthetic demo (seed 42).');
	});
});
