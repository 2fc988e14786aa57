import { describe, expect, it } from 'vitest';
import { OFFENCE_GROUP } from '../offences/groups';
import { rowWeights, weightReport, weightedCellSums } from './row-weights';
import type { WeightTable } from './weight-table';

const TABLE: WeightTable = {
	id: 't',
	label: 'Test',
	kind: 'cost',
	unit: '£',
	priceYear: '2019/20 prices',
	source: 's',
	closeness: 'c',
	groups: { homicide: { weight: 1000, basis: 'b' }, violence_with_injury: { weight: 10, basis: 'b' } },
	unweighted: { violence_and_sexual_not_split: 'combined category', robbery: 'no figure' },
	codes: { '5A': 50 }
};

// Rows: homicide; VWI without a code; VWI coded 5A; VWI coded 8N (not in the table: group weight); not split; robbery coded 5A (code wins).
const G = OFFENCE_GROUP;
const columns = {
	length: 6,
	group: Uint8Array.from([G.homicide, G.violence_with_injury, G.violence_with_injury, G.violence_with_injury, G.violence_and_sexual_not_split, G.robbery]),
	offenceCode: Uint16Array.from([0, 0, 1, 2, 0, 1]),
	offenceCodes: ['5A', '8N']
};

describe('weights per row', () => {
	it('takes the code weight where the table lists the code, else the group weight, else none', () => {
		expect(Array.from(rowWeights(columns, TABLE))).toEqual([1000, 10, 50, 10, NaN, 50]);
	});

	it('treats columns kept before the code column existed as having no codes', () => {
		const { offenceCode: _, ...old } = columns;
		expect(Array.from(rowWeights({ ...old, offenceCode: undefined as unknown as Uint16Array }, TABLE))).toEqual([1000, 10, 10, 10, NaN, NaN]);
	});

	it('reports every group with rows: weighted, left out, and why', () => {
		const pass = Uint8Array.from([1, 1, 1, 1, 1, 0]);
		const report = weightReport(columns, pass, rowWeights(columns, TABLE), TABLE);
		expect([report.rows, report.weighted, report.leftOut, report.total, report.byCode]).toEqual([5, 4, 1, 1000 + 10 + 50 + 10, 1]);
		expect(report.groups.map((g) => [g.group, g.rows, g.weighted, g.sum, g.weight, g.reason])).toEqual([
			['homicide', 1, 1, 1000, 1000, null],
			['violence_with_injury', 3, 3, 70, 10, null],
			['violence_and_sexual_not_split', 1, 0, 0, null, 'combined category']
		]);
	});

	it('sums weights per cell over the passing rows only', () => {
		const cell = Uint32Array.from([0, 0, 1, 1, 1, 2]);
		const pass = Uint8Array.from([1, 1, 1, 0, 1, 1]);
		expect(Array.from(weightedCellSums(cell, 3, pass, rowWeights(columns, TABLE)))).toEqual([1010, 50, 50]);
	});
});
