import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import { DEMO_SEED } from '$lib/analysis/demo/generate';
import { DISTRICTS } from '$lib/analysis/geography/districts';
import { FLAG, OFFENCE_GROUP } from '$lib/analysis/offences/groups';
import { SMALL_COUNT_MEAN } from '$lib/analysis/monitoring/control-chart';
import { connection } from '$lib/storage/atlas-db';
import { indexedDbDatasets } from '$lib/storage/dataset-store';
import { freshIndexedDb } from '$lib/test-support/fresh-indexeddb';
import { AtlasService } from './atlas-service';
import { nodeLoader } from '$lib/test-support/node-service';
import { demoExtractName, demoExtracts } from '$lib/analysis/demo/demo-extract';
import { digestText } from '$lib/analysis/monitoring/digest';
import { plainCount } from '$lib/analysis/monitoring/count-tokens';
import { indexedDbAreaTables } from '$lib/storage/area-table-store';

const DATA = new URL('../../../data/', import.meta.url);

function service() {
	freshIndexedDb();
	return new AtlasService({ data: nodeLoader, store: indexedDbDatasets(connection()), now: () => Date.parse('2026-12-05T12:00:00Z') });
}

const THANET = DISTRICTS.findIndex((d) => d.label === 'Thanet');
const KNIFE_VIOLENCE = new Set(['homicide', 'robbery', 'sexual_offences', 'violence_with_injury', 'violence_without_injury', 'violence_and_sexual_not_split'].map((g) => OFFENCE_GROUP[g as keyof typeof OFFENCE_GROUP]));

describe('Duty KPIs on the synthetic demo', async () => {
	const s = service();
	await s.call('loadDemo', { seed: DEMO_SEED });
	const columns = s.session!.columns;

	it('counts knife-enabled serious violence and homicides per month as a direct loop over the rows does', async () => {
		const answer = await s.call('kpis', { area: { level: 'district', district: THANET }, age: 'all', step: 'month', baseline: null });
		const [first] = answer.range;
		const knife = new Array(36).fill(0);
		const homicide = new Array(36).fill(0);
		for (let i = 0; i < columns.length; i++) {
			if (columns.district[i] !== THANET || columns.flags[i] & FLAG.outside) continue;
			const m = columns.monthIndex[i] - first;
			if (columns.flags[i] & FLAG.knife && KNIFE_VIOLENCE.has(columns.group[i])) knife[m]++;
			if (columns.group[i] === OFFENCE_GROUP.homicide) homicide[m]++;
		}
		const byKey = Object.fromEntries(answer.kpis.map((k) => [k.key, k]));
		expect(byKey.knife_violence.chart!.points.map((p) => p.value)).toEqual(knife);
		expect(byKey.homicide.chart!.points.map((p) => p.value)).toEqual(homicide);
		// The first two years are the default baseline: 2023-2024 of 2023-2025.
		expect(answer.baseline).toEqual([2023 * 12, 2024 * 12 + 11]);
	});

	it('uses a Poisson c-chart for homicides (small counts) and says so, and an XmR chart for the county\'s knife violence', async () => {
		const answer = await s.call('kpis', { area: { level: 'county' }, age: 'all', step: 'month', baseline: null });
		const [, knife, homicide] = answer.kpis;
		expect(homicide.chart!.kind).toBe('c');
		expect(homicide.chart!.limits.mean).toBeLessThan(SMALL_COUNT_MEAN);
		expect(homicide.chart!.kindReason).toMatch(/Poisson/);
		expect(knife.chart!.kind).toBe('xmr');
		expect(knife.sentence).toMatch(/^Knife-enabled serious violence \(police recorded\), Kent and Medway, all ages: /);
		expect(homicide.detectable).toMatch(/years of data/);
	});

	it('says the admissions KPI needs an area-level table until one is loaded, then charts it, marked area-level with its caption', async () => {
		const before = await s.call('kpis', { area: { level: 'county' }, age: 'under_25', step: 'month', baseline: null });
		expect(before.kpis[0].unavailable).toMatch(/area-level table/);
		const loaded = await s.call('importAreaTable', { synthetic: true });
		expect(loaded.ok).toBe(true);
		const after = await s.call('kpis', { area: { level: 'district', district: THANET }, age: 'under_25', step: 'quarter', baseline: null });
		const admissions = after.kpis[0];
		expect(admissions.source).toBe('area-level');
		expect(admissions.caption).toMatch(/SYNTHETIC/);
		expect(admissions.caption).toMatch(/Hospital Episode Statistics/);
		// Independent sum of the committed CSV: Thanet, under 25, Q1 2024 (three monthly rows).
		const csv = readFileSync(new URL(DATA_PATHS.syntheticAdmissions, DATA), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
		const q1 = csv.filter((r) => r[0] === 'E07000114' && /^2024-0[123]$/.test(r[2]) && /under/i.test(r[4])).reduce((n, r) => n + Number(r[5]), 0);
		expect(admissions.chart!.points.find((p) => p.label === 'Q1 2024')!.value).toBe(q1);
		// The district table's column: whole months of 2024 for Thanet, all ages, against the same CSV summed here.
		const totals = await s.call('areaTotals', { dateFrom: '2024-01-01', dateTo: '2024-12-31' });
		const year = csv.filter((r) => r[0] === 'E07000114' && r[2].startsWith('2024-') && /all/i.test(r[4])).reduce((n, r) => n + Number(r[5]), 0);
		expect(totals!.byDistrict[THANET]).toBe(year);
		expect(totals!.months).toEqual([2024 * 12, 2024 * 12 + 11]);
		await s.call('removeAreaTable', { id: loaded.ok ? loaded.id : '' });
		expect(await s.call('areaTotals', { dateFrom: null, dateTo: null })).toBeNull();
	});

	it('refuses a table with unknown areas, negative or fractional counts and mixed periods whole, keeping the tables held', async () => {
		const held = await s.call('areaTables', {});
		const bad = ['area,period,measure,value', 'Thanet,2024-01,knife assault admissions,3', 'Atlantis,2024-02,knife assault admissions,1', 'Dover,2024-01,knife assault admissions,-2', 'Swale,2024-01,knife assault admissions,1.5', 'Medway,2024 Q1,knife assault admissions,4'].join('\n');
		const answer = await s.call('importAreaTable', { name: 'bad.csv', file: new Blob([bad]) });
		expect(answer.ok).toBe(false);
		expect(answer.report.rejectedRows.map((r) => r.code).sort()).toEqual(['mixed_periods', 'negative_value', 'not_integer', 'unknown_area']);
		expect(answer.report.rowsRead).toBe(5);
		expect(await s.call('areaTables', {})).toEqual(held);
	});
});

describe('area-level tables are kept', () => {
	it('in the browser store, so a new session (a reloaded page) still has them', async () => {
		freshIndexedDb();
		const make = () => new AtlasService({ data: nodeLoader, store: indexedDbDatasets(connection()), areaTables: indexedDbAreaTables(connection()), now: () => 0 });
		const first = make();
		await first.call('importAreaTable', { synthetic: true });
		const second = make();
		const kept = await second.call('areaTables', {});
		expect(kept.map((t) => [t.name, t.synthetic, t.rows])).toEqual([['Knife assault admissions (synthetic)', true, 936]]);
	});
});

describe('the digest when the demo\'s last month is added to the rest', async () => {
	const s = service();
	await s.call('loadDemo', { seed: DEMO_SEED });
	const extracts = [...demoExtracts(s.session!.columns)];
	const fileOf = ([m, text]: [number, string]) => ({ file: new File([text], demoExtractName(m)), name: demoExtractName(m) });
	await s.call('importAreaTable', { synthetic: true });
	await s.call('importFiles', { files: extracts.slice(0, -1).map(fileOf), settings: {}, mode: 'new' });
	const none = await s.call('digest', { baseline: null });
	const added = await s.call('importFiles', { files: [fileOf(extracts[extracts.length - 1])], settings: {}, mode: 'add' });
	const digest = await s.call('digest', { baseline: null });

	it('is there only after an add, and names the month added', () => {
		expect(none).toBeNull();
		expect(added !== 'cancelled' && added.added?.months.map((m) => [m.monthIndex, m.change])).toEqual([[2025 * 12 + 11, 'added']]);
		expect(digest!.headline).toBe('Months added: 12/2025.');
	});

	it('lists the KPIs in the new month and only signals that take in the new month', () => {
		expect(digest!.items.filter((i) => i.section === 'kpis').map((i) => i.text.split(':')[0])).toEqual(['Hospital admissions for knife assault', 'Knife-enabled serious violence (police recorded)', 'Homicides (police recorded)']);
		for (const item of digest!.items.filter((i) => i.section === 'signals')) expect(item.text).toMatch(/12\/2025/);
		// 36 months are enough steps for the emerging hot spot classes.
		expect(digest!.notes.join(' ')).not.toMatch(/fewer than 10 months/);
		console.log(digestText(digest!, [], plainCount));
	});
});
