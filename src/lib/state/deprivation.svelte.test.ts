import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { fetchLoader } from '$lib/service/ports';
import { DeprivationStore } from './deprivation.svelte';
import { ageBasis } from '$lib/analysis/panels/age-population';

const DATA_URL = 'http://127.0.0.1:4173/data/';

/** Serves data/ files the way the static server would, through the app's one data loader, and records what was asked for. */
function fakeLoader(requested: string[], failPath = '') {
	return fetchLoader(DATA_URL, (async (input: RequestInfo | URL) => {
		const path = String(input).slice(DATA_URL.length);
		requested.push(path);
		if (path === failPath) return new Response('', { status: 404 });
		return new Response(readFileSync(`data/${path}`, 'utf8'));
	}) as typeof fetch);
}

describe('DeprivationStore', () => {
	it('loads the three tables once', async () => {
		const requested: string[] = [];
		const store = new DeprivationStore();
		await Promise.all([store.load(fakeLoader(requested)), store.load(fakeLoader(requested))]);
		expect(requested.sort()).toEqual([DATA_PATHS.lsoa11ToLsoa21, DATA_PATHS.lsoa11Table, DATA_PATHS.lsoa21Table].sort());
		expect(store.table?.codes).toHaveLength(1107);
		store.setEdition('imd2019');
		expect(store.table?.codes).toHaveLength(1065);
	});

	it('reports a table that cannot be fetched and can retry', async () => {
		const store = new DeprivationStore();
		await store.load(fakeLoader([], DATA_PATHS.lsoa11Table));
		expect(store.error).toMatch(/HTTP 404/);
		expect(store.tables).toBeNull();
		await store.load(fakeLoader([]));
		expect(store.tables).not.toBeNull();
	});

	it('keeps the chosen denominator only where the edition has it', () => {
		const store = new DeprivationStore();
		store.denominator = 'mid2022';
		store.setEdition('imd2019');
		expect(store.denominatorInfo.key).toBe('mid2019');
		store.setEdition('imd2025');
		expect(store.denominatorInfo.key).toBe('census2021');
	});

	it('toggles deciles in order', () => {
		const store = new DeprivationStore();
		store.deciles = [1, 2];
		store.toggleDecile(5);
		store.toggleDecile(1);
		expect(store.deciles).toEqual([2, 5]);
	});

	it('analyses counts on either edition and colours by rate', async () => {
		const store = new DeprivationStore();
		await store.load(fakeLoader([]));
		const codes = store.tables!.imd2025.codes;
		const counts = new Uint32Array(codes.length);
		counts[store.tables!.imd2025.rowOf.get('E01016017')!] = 17;
		const r21 = store.analyse(counts, codes)!;
		expect(r21.analysis.incidents).toBe(17);
		expect(r21.analysis.deciles[0].incidents).toBe(17);
		expect(store.colouring(r21)).toBeNull();
		store.colourBy = 'rate';
		const colouring = store.colouring(r21)!;
		expect(colouring.classes.map((c) => c.label)).toEqual(['0', '10.0']);
		store.setEdition('imd2019');
		// E01016017 is unchanged between 2011 and 2021.
		const r11 = store.analyse(counts, codes)!;
		expect(r11.analysis.incidents).toBe(17);
		expect(r11.placed.counts[store.tables!.imd2019.rowOf.get('E01016017')!]).toBe(17);
		expect(store.analyse(new Uint32Array(3), codes)).toBeNull();
	});

	it('counts the filtered ages\' residents in rates and their colours, and none where no population matches', async () => {
		const store = new DeprivationStore();
		await store.load(fakeLoader([]));
		const t = store.tables!.imd2025;
		const codes = t.codes;
		const row = t.rowOf.get('E01016017')!;
		const counts = new Uint32Array(codes.length);
		counts[row] = 17;
		store.colourBy = 'rate';
		// E01016017: 0-15 = 289, 16-24 = 235, so 10-24 = 6/16 x 289 + 235 = 343.375 residents.
		const teen = store.analyse(counts, codes, { factor: 1, age: ageBasis([1, 2]) })!;
		expect(teen.analysis.denominators![row]).toBeCloseTo(343.375, 10);
		expect(store.colouring(teen)!.values[row]).toBeCloseTo((17 / 343.375) * 1000, 10);
		const unknown = store.analyse(counts, codes, { factor: 1, age: ageBasis([4]) })!;
		expect(unknown.analysis.age.kind).toBe('not-available');
		expect(store.colouring(unknown)).toBeNull();
		store.colourBy = 'count';
		expect(store.colouring(unknown)!.values[row]).toBe(17);
	});
});
