import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../filters/filter-state';
import { encodeMask } from '../filters/hour-of-week';
import { AtlasService } from '$lib/service/atlas-service';
import type { DataLoader, DatasetStore } from '$lib/service/ports';
import { discloseCount, UK_DISCLOSURE } from './disclosure';

const DATA = new URL('../../../../data/', import.meta.url);
const loader: DataLoader = { text: (p) => readFile(new URL(p, DATA), 'utf8'), bytes: async (p) => new Uint8Array(await readFile(new URL(p, DATA))) };
const noStore = { save: async () => undefined, load: async () => null, setCurrent: async () => undefined, list: async () => ({ datasets: [], current: null }), remove: async () => undefined, history: async () => [] } as DatasetStore;

/** An hour-of-week mask of whole days: weekday 0 = Monday. */
const days = (keep: (weekday: number) => boolean) => encodeMask(Uint8Array.from({ length: 168 }, (_, i) => (keep(Math.floor(i / 24)) ? 1 : 0)));

describe('a differencing attack over pairs of filters that differ by one value', () => {
	it('recovers no suppressed count exactly: Monday-Sunday minus Monday-Saturday, per hexagon and per district, and month by month', async () => {
		const service = new AtlasService({ data: loader, store: noStore, now: () => Date.UTC(2026, 11, 5) });
		await service.call('loadDemo', { seed: 20240101 });
		const pairs = [
			// All days, and all but Sunday: the difference is Sunday.
			[{ ...NO_FILTERS }, { ...NO_FILTERS, hourOfWeek: days((d) => d !== 6) }],
			// One month and the same month less its last day.
			[{ ...NO_FILTERS, dateFrom: '2025-03-01', dateTo: '2025-03-31' }, { ...NO_FILTERS, dateFrom: '2025-03-01', dateTo: '2025-03-30' }],
			// Every group of the definition, and all but robbery.
			[{ ...NO_FILTERS, groups: [1, 2, 3, 4, 6, 7] }, { ...NO_FILTERS, groups: [2, 3, 4, 6, 7] }]
		];
		let smallDifferences = 0;
		for (const [wide, narrow] of pairs) {
			const [a, b] = await Promise.all([service.call('cube', { filters: wide, resolution: 9, options: {} }), service.call('cube', { filters: narrow, resolution: 9, options: {} })]);
			const compare = (x: ArrayLike<number>, y: ArrayLike<number>) => {
				for (let i = 0; i < x.length; i++) {
					const truth = x[i] - y[i];
					if (truth < 1 || truth > 4) continue;
					smallDifferences++;
					const guess = (discloseCount(x[i], UK_DISCLOSURE).value ?? 0) - (discloseCount(y[i], UK_DISCLOSURE).value ?? 0);
					expect(guess).not.toBe(truth);
				}
			};
			compare(a.cellCounts, b.cellCounts);
			compare(a.districts, b.districts);
			compare([a.total], [b.total]);
		}
		// The attack had something to find: many hexagons differ by 1-4 between the two filters.
		expect(smallDifferences).toBeGreaterThan(100);
	}, 60_000);
});
