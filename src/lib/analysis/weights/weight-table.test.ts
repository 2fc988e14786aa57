import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../text/data-table';
import { formatWeighted, formatWeightedShort, parseWeightTable, parseWeightTables } from './weight-table';

const BUILT = parseWeightTables(JSON.parse(readFileSync(new URL('../../../../data/tables/weights.json', import.meta.url), 'utf8')));
const REFERENCE = new URL('../../../../../shared/data/reference/', import.meta.url);
const reference = (file: string) => readRecords(readFileSync(new URL(file, REFERENCE), 'utf8'));

describe('the built-in weight tables', () => {
	const byId = Object.fromEntries(BUILT.map((t) => [t.id, t]));

	it('carry the published figures, read again here from the reference CSVs', () => {
		const css = reference('crime_severity_score_ons.csv');
		const weight = (offence: string) => Number(css.find((r) => r.offence === offence)?.weight);
		expect(byId['ons-css'].groups.homicide?.weight).toBe(weight('1, 4.1/10/2 Homicide'));
		expect(byId['ons-css'].groups.violence_with_injury?.weight).toBe(weight('8N Assault with injury'));
		expect(byId['ons-css'].codes['5A']).toBe(weight('5A Wounding'));
		const costs = reference('cost_of_crime_home_office_2018.csv').filter((r) => r.component === 'total');
		const cost = (offence: string, year: string) => Number(costs.find((r) => r.offence === offence && r.price_year === year)?.unit_cost_gbp);
		expect(byId['ho-cost-2020'].groups.homicide?.weight).toBe(cost('homicide', '2019/20'));
		expect(byId['ho-cost-2020'].groups.violence_without_injury?.weight).toBe(cost('violence without injury', '2019/20'));
		expect(byId['ho-cost-2016'].groups.violence_with_injury?.weight).toBe(cost('violence with injury', '2015/16'));
	});

	it('give no weight to police.uk\'s combined violence and sexual offences, or to sexual offences that mix rape with the rest, and say why', () => {
		for (const t of BUILT) {
			expect(t.groups.violence_and_sexual_not_split).toBeUndefined();
			expect(t.unweighted.violence_and_sexual_not_split).toMatch(/one category/);
			expect(t.groups.sexual_offences).toBeUndefined();
		}
		expect(byId['ho-cost-2020'].unweighted.sexual_offences).toMatch(/rape \(£48,000\)/);
	});

	it('each cite a source, how close the copy is, and a price year for costs', () => {
		for (const t of BUILT) {
			expect(t.source.length).toBeGreaterThan(20);
			expect(t.closeness).toMatch(/^(primary copy|transcription|quotation)/);
			expect(t.kind === 'cost').toBe(t.priceYear !== null);
		}
	});
});

describe('reading a weight table', () => {
	it('refuses a negative weight, an unknown group and a group both weighted and not', () => {
		const base = { id: 'x', label: 'x', kind: 'harm', unit: 'u', priceYear: null, source: 's', closeness: 'c', groups: {}, unweighted: {}, codes: {} };
		expect(parseWeightTable({ ...base, groups: { homicide: { weight: -1, basis: 'b' } } })).toEqual({ error: expect.stringMatching(/weight of 0 or more/) });
		expect(parseWeightTable({ ...base, groups: { arson: { weight: 1, basis: 'b' } } })).toEqual({ error: 'unknown offence group "arson"' });
		expect(parseWeightTable({ ...base, groups: { homicide: { weight: 1, basis: 'b' } }, unweighted: { homicide: 'r' } })).toEqual({ error: 'group homicide is both weighted and unweighted' });
		expect(parseWeightTable({ ...base, codes: { '5a': 1 } })).toEqual({ error: expect.stringMatching(/normalised code/) });
	});

	it('formats a cost with its price year and harm with its unit', () => {
		expect(formatWeighted({ kind: 'cost', unit: '£', priceYear: '2019/20 prices' }, 1234567.4)).toBe('£1,234,567 (2019/20 prices)');
		expect(formatWeighted({ kind: 'harm', unit: 'severity points', priceYear: null }, 7979)).toBe('7,979 severity points');
		expect([3_346_680, 812_345, 15_720, 7150].map((v) => formatWeightedShort({ kind: 'cost' }, v))).toEqual(['£3.35m', '£812k', '£16k', '£7,150']);
	});
});
