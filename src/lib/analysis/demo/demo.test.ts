import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DISTRICTS } from '../geography/districts';
import { AGE_BAND_KEYS, FLAG, OFFENCE_GROUP } from '../offences/groups';
import { buildDemo } from '../../../../scripts/demo/load-demo';
import { DEMO_DEFAULTS, MIN_JITTER_M, type DemoIncident } from './generate';
import { distanceMetres, type DemoPoint } from './places';
import type { IncidentColumns } from '../ingest/columns';

/** The default demo seed the app opens on. */
const SEED = 20240101;

function csvTable(path: string): Record<string, string>[] {
	const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
	const keys = header.split(',');
	return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], v])));
}

function topCells(c: IncidentColumns, keep: (i: number) => boolean, n = 20): number[] {
	const counts = new Map<number, number>();
	for (let i = 0; i < c.length; i++) if (keep(i)) counts.set(c.cell8[i], (counts.get(c.cell8[i]) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, n).map(([cell]) => cell);
}

describe('synthetic demo (seed 20240101), calibrated to the needs assessment', () => {
	let columns: IncidentColumns;
	let incidents: DemoIncident[];
	let points: readonly DemoPoint[];
	beforeAll(() => {
		const demo = buildDemo(SEED);
		columns = demo.columns;
		incidents = demo.incidents;
		points = demo.inputs.points;
	});

	it('has about 60,000 incidents over 3 years, to the minute', () => {
		expect(columns.length).toBe(DEMO_DEFAULTS.incidents);
		const years = new Set(incidents.map((i) => i.year));
		expect([...years].sort()).toEqual([2023, 2024, 2025]);
		expect(columns.precision.every((p) => p === 0)).toBe(true);
		expect(new Set(incidents.map((i) => i.minute)).size).toBe(60);
	});

	it('is the same for a seed and different for another', () => {
		const again = buildDemo(SEED).incidents;
		expect(again.slice(0, 50)).toEqual(incidents.slice(0, 50));
		expect(again.at(-1)).toEqual(incidents.at(-1));
		expect(buildDemo(SEED + 1).incidents.slice(0, 5)).not.toEqual(incidents.slice(0, 5));
	});

	it('puts North & East Kent above South & West per 1,000 residents, and Maidstone fourth by count', () => {
		const population = new Map(csvTable('data/tables/districts.csv').map((r) => [r.code, Number(r.population)]));
		const counts = DISTRICTS.map((_, d) => columns.district.filter((x) => x === d).length);
		const rate = (area: string) => {
			const ids = DISTRICTS.flatMap((d, i) => (d.area === area ? [i] : []));
			const n = ids.reduce((s, i) => s + counts[i], 0);
			const p = ids.reduce((s, i) => s + population.get(DISTRICTS[i].code)!, 0);
			return (n / p) * 1000;
		};
		expect(rate('north-east')).toBeGreaterThan(rate('south-west') * 1.2);
		const ranked = DISTRICTS.map((d, i) => [d.name, counts[i]] as const).sort((a, b) => b[1] - a[1]);
		expect(ranked[3][0]).toBe('Maidstone');
	});

	it('has a strong deprivation gradient: IMD 2025 decile 1 rate several times decile 10', () => {
		const lsoa = new Map(csvTable('data/tables/lsoa21.csv').map((r) => [r.code, r]));
		const incidentsBy = new Array(11).fill(0);
		const populationBy = new Array(11).fill(0);
		for (const r of lsoa.values()) populationBy[Number(r.imd25_decile)] += Number(r.population);
		for (let i = 0; i < columns.length; i++) {
			if (columns.lsoa[i] === 0xffff) continue;
			incidentsBy[Number(lsoa.get(columns.lsoaCodes[columns.lsoa[i]])!.imd25_decile)]++;
		}
		const rate = (d: number) => incidentsBy[d] / populationBy[d];
		expect(rate(1) / rate(10)).toBeGreaterThan(3);
		expect(rate(1)).toBeGreaterThan(rate(5));
	});

	it('moves every incident 50 m or more away from the police.uk point it was placed around', () => {
		let nearest = Infinity;
		for (const inc of incidents) {
			const p = points[inc.point];
			nearest = Math.min(nearest, distanceMetres([inc.lng, inc.lat], [p.lng, p.lat]));
		}
		// Coordinates are rounded to 6 decimals (about 0.1 m).
		expect(nearest).toBeGreaterThanOrEqual(MIN_JITTER_M - 0.2);
	});

	it('peaks at 15:00-16:00, 18:00-20:00 and 23:00-00:00', () => {
		const hours = new Array(24).fill(0);
		for (const h of columns.hour) hours[h]++;
		expect(hours[15]).toBeGreaterThan(Math.max(hours[14], hours[16]));
		expect(Math.min(hours[18], hours[19])).toBeGreaterThan(Math.max(hours[17], hours[20]));
		expect(hours[23]).toBeGreaterThan(Math.max(hours[22], hours[0]));
	});

	it('puts night-time economy violence mostly on Friday and Saturday nights', () => {
		let weekend = 0;
		let all = 0;
		for (const inc of incidents) {
			if ((inc.flags & FLAG.night_time_economy) === 0) continue;
			all++;
			const evening = (new Date(Date.UTC(inc.year, inc.month - 1, inc.day - (inc.hour < 12 ? 1 : 0))).getUTCDay() + 6) % 7;
			if (evening === 4 || evening === 5) weekend++;
		}
		expect(weekend / all).toBeGreaterThan(0.6);
	});

	it('moves the hotspots at night: the top 20 res-8 cells for 23:00-00:00 share fewer than half with all hours', () => {
		const allHours = new Set(topCells(columns, () => true));
		const night = topCells(columns, (i) => columns.hour[i] === 23);
		expect(night.filter((c) => allHours.has(c)).length).toBeLessThan(10);
	});

	it('peaks sexual offences in January, May and June', () => {
		const months = new Array(13).fill(0);
		for (let i = 0; i < columns.length; i++) if (columns.group[i] === OFFENCE_GROUP.sexual_offences) months[columns.month[i]]++;
		const top3 = months
			.map((n, m) => [m, n])
			.slice(1)
			.sort((a, b) => b[1] - a[1])
			.slice(0, 3)
			.map(([m]) => m)
			.sort((a, b) => a - b);
		expect(top3).toEqual([1, 5, 6]);
	});

	it('over-represents people aged 10-24 against their share of residents', () => {
		const known = incidents.filter((i) => AGE_BAND_KEYS[i.ageBand] !== 'unknown');
		const young = known.filter((i) => ['10-17', '18-24'].includes(AGE_BAND_KEYS[i.ageBand])).length / known.length;
		// Census 2021 bands are 0-15 and 16-24: residents aged 10-24 are about 16-24 plus 6/16 of 0-15.
		const rows = csvTable('data/tables/lsoa21.csv');
		const sum = (k: string) => rows.reduce((s, r) => s + Number(r[k]), 0);
		const residents10to24 = (sum('pop_16_24') + (6 / 16) * sum('pop_0_15')) / sum('population');
		expect(young).toBeGreaterThan(2 * residents10to24);
	});

	it('gives under-18s a larger share of knife crime than of other violence', () => {
		const under18 = (i: DemoIncident) => ['0-9', '10-17'].includes(AGE_BAND_KEYS[i.ageBand]);
		const knife = incidents.filter((i) => i.flags & FLAG.knife);
		const other = incidents.filter((i) => !(i.flags & FLAG.knife));
		expect(knife.filter(under18).length / knife.length).toBeGreaterThan(other.filter(under18).length / other.length);
	});

	it('keeps every incident in Kent & Medway, with a district and an LSOA', () => {
		let outside = 0;
		for (let i = 0; i < columns.length; i++) if (columns.flags[i] & FLAG.outside) outside++;
		expect(outside / columns.length).toBeLessThan(0.001);
	});
});
