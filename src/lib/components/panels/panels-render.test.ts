import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '$lib/analysis/geography/districts';
import { encodeMask, maskFromRange, slotOf } from '$lib/analysis/filters/hour-of-week';
import { summariseMonths } from '$lib/analysis/ingest/month-gaps';
import HourWeekMatrix from './HourWeekMatrix.svelte';
import TimeSeries from './TimeSeries.svelte';
import DistrictTable from './DistrictTable.svelte';
import CountBars from './CountBars.svelte';
import CellDetail from './CellDetail.svelte';
import { ALL_RESIDENTS } from '$lib/analysis/panels/age-population';
import { rateBasis } from '$lib/analysis/panels/rate-basis';

const noop = () => {};
/** One district's residents: Medway's total, split into made-up Census age bands (0-15, 16-24, 25-34, 35-49, 50-64, 65+). */
const MEDWAY = { total: 279_771, bands: [58_000, 32_000, 38_000, 56_000, 52_000, 43_771] };
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

describe('panel components (server render)', () => {
	it('matrix: 168 focusable cells with stable ids, one tab stop, selected cells pressed, and a legend', () => {
		const counts = new Uint32Array(168);
		counts[slotOf(4, 23)] = 7;
		const { body } = render(HourWeekMatrix, {
			props: { counts, hourOfWeek: encodeMask(maskFromRange({ startHour: 23, endHour: 0, weekdays: [4] })), hasTimes: true, timeUnknown: 3, onfilter: noop }
		});
		expect(count(body, /data-testid="matrix-cell-\d-\d+"/g)).toBe(168);
		expect(body).toContain('data-testid="matrix-cell-4-23"');
		expect(count(body, /tabindex="0"/g)).toBe(1);
		expect(count(body, /aria-pressed="true"/g)).toBe(1);
		expect(body).toContain('data-testid="matrix-legend"');
		expect(body).toContain('3 incidents have no time of day');
	});

	it('matrix: says when the dataset has no times', () => {
		const { body } = render(HourWeekMatrix, { props: { counts: new Uint32Array(168), hourOfWeek: null, hasTimes: false, timeUnknown: 10, onfilter: noop } });
		expect(body).toContain('data-testid="matrix-no-times"');
		expect(body).not.toContain('matrix-cell-');
	});

	it('series: greys a flagged month and offers a brush', () => {
		const jan = 2024 * 12;
		const months = summariseMonths(new Map([[jan, 100], [jan + 1, 100], [jan + 2, 10], [jan + 3, 100], [jan + 4, 100]]));
		const { body } = render(TimeSeries, {
			props: { monthStart: jan, monthSeries: [10, 10, 1, 10, 10], dayStart: 0, daySeries: [], months, dateFrom: null, dateTo: null, hasTimes: false, granularity: 'month', ongranularity: noop, onfilter: noop }
		});
		expect(body).toContain('data-testid="series-brush"');
		expect(count(body, /data-testid="series-greyed"/g)).toBe(1);
		expect(body).toContain('Missing or partial at import');
	});

	it('district table: a row per district, a total row, sortable headers with aria-sort', () => {
		const districts = new Uint32Array(DISTRICTS.length + 1).fill(2);
		const { body } = render(DistrictTable, {
			props: { counts: { districts, total: 28, comparison: null }, populations: new Map([['E06000035', MEDWAY]]), selected: [0], onfilter: noop, onzoomdistrict: noop, context: { months: null, hasTimes: true, monthStart: 0 }, rates: { annualised: false, months: 12, factor: 1, unit: 'per 1,000 residents over 01/2024 to 12/2024 (12 months)', age: ALL_RESIDENTS } }
		});
		expect(count(body, /data-testid="district-row-E0\d+"/g)).toBe(13);
		expect(body).toContain('data-testid="district-total"');
		expect(body).toContain('aria-sort="descending"');
		expect(count(body, /aria-sort="none"/g)).toBe(5);
	});

	it('district table: under an age filter, a rate basis line with its help, and the ages in the rate column', () => {
		const districts = new Uint32Array(DISTRICTS.length + 1).fill(2);
		const props = (bands: number[]) => ({
			counts: { districts, total: 28, comparison: null },
			populations: new Map([['E06000035', MEDWAY]]),
			selected: null,
			onfilter: noop,
			onzoomdistrict: noop,
			context: { months: null, hasTimes: true, monthStart: 0 },
			rates: rateBasis({ annualise: false, dataMonths: null, dateFrom: null, dateTo: null, missing: new Set<number>(), hasTimes: true, ageBands: bands })
		});
		const approximate = render(DistrictTable, { props: props([1, 2]) }).body;
		expect(approximate).toContain('data-basis="approximate"');
		expect(approximate).toContain('Rates per 1,000 residents aged 10-24 (approximate: 6/16 of Census ages 0-15 plus all of 16-24)');
		expect(approximate).toContain('data-help="age-rates"');
		expect(approximate).toContain('Per 1,000 residents aged 10-24 (approximate)');
		const missing = render(DistrictTable, { props: props([1, 4]) }).body;
		expect(missing).toContain('data-basis="not-available"');
		expect(missing).toContain('Per 1,000 residents (not available)');
		expect(render(DistrictTable, { props: props([0, 1, 2]) }).body).toContain('data-basis="exact"');
	});

	it('bars: one pressed button per shown option', () => {
		const { body } = render(CountBars, {
			props: { title: 'Age band', id: 'age', counts: [5, 3], options: [{ code: 0, label: '0-9' }, { code: 1, label: '10-17' }], selected: [1], onchange: noop }
		});
		expect(body).toContain('data-testid="bar-age-1"');
		expect(count(body, /aria-pressed="true"/g)).toBe(1);
	});

	it('cell detail: groups, LSOAs with decile and source rows', () => {
		const hours = new Array(24).fill(0);
		hours[22] = 2;
		const detail = {
			resolution: 9 as const,
			cellIndex: 0,
			cell: '89195da49bbffff',
			datasetId: 'x',
			hexDecile: 3,
			total: 2,
			groups: [{ code: 1, label: 'Robbery', count: 2 }],
			hours,
			hourUnknown: 0,
			monthStart: 2024 * 12,
			months: [2],
			lsoas: [{ code: 'E01024001', name: 'Thanet 001A', district: 'E07000114', imdDecile: 1, count: 2 }],
			districts: [{ code: 10, label: 'Thanet', count: 2 }],
			rows: [{ file: 'force.csv', line: 14, date: '04/01/2024', time: '22:10', group: 'Robbery' }],
			topLocation: 2
		};
		const { body } = render(CellDetail, { props: { detail, onclose: noop } });
		expect(body).toContain('peak 22:00');
		expect(body).toMatch(/Hexagon's IMD 2025 decile \(of the area where most of its residents live\): (<!--[^>]*-->)?3(<!--[^>]*-->)? \(1 = most deprived\)/);
		expect(body).toMatch(/Thanet<\/td>\s*<td[^>]*>1<\/td>/);
		expect(body).toMatch(/<td[^>]*>04\/01\/2024<\/td>/);
		expect(body).toContain('One location holds 2 of 2 incidents (a police.uk snap point or a single address).');
	});
});
