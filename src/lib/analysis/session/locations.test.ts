import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../data-paths';
import { NO_FILTERS } from '../filters/filter-state';
import { DEFAULT_GROUP_CODES, FLAG } from '../offences/groups';
import { decodePoliceUkSample } from '../samples/police-uk-sample';
import { areaIndexFromPack } from '../spatial/boundary-pack';
import { DatasetSession } from './dataset-session';
import { summariseDataset } from './dataset-summary';
import { locationsOf, snapPointNote } from './locations';

describe('snap points', () => {
	it.each<[number, number, boolean]>([
		[42, 103, true], // 20 or more
		[20, 400, true],
		[19, 40, false], // under 20 and under half
		[5, 10, true], // half
		[1, 1, false], // one incident is not a shared location
		[2, 3, true]
	])('a location holding %i of %i is named: %s', (top, count, named) => {
		expect(snapPointNote(top, count) !== null).toBe(named);
	});

	it('words the note with the counts', () => {
		expect(snapPointNote(42, 103)).toBe('One location holds 42 of 103 incidents (a police.uk snap point or a single address).');
	});

	it('numbers distinct coordinates in order of first appearance', () => {
		const { ids, count } = locationsOf(Float64Array.from([0.5, 0.6, 0.5, 0.5]), Float64Array.from([51.2, 51.2, 51.2, 51.3]));
		expect([...ids, count]).toEqual([0, 1, 0, 2, 3]);
	});

	it('gives every hexagon of the police.uk sample its busiest location, as counting the rows directly does', () => {
		const areas = areaIndexFromPack(readFileSync(`data/${DATA_PATHS.lsoa21Assign}`));
		const { columns, report } = decodePoliceUkSample(readFileSync(`data/${DATA_PATHS.policeUkSample}`), areas);
		const summary = summariseDataset(columns, areas, { id: 'policeuk-test', kind: 'policeuk', label: 'sample', report });
		const cube = new DatasetSession(columns, summary).cube(NO_FILTERS, 8);
		// Direct: serious violence inside the area, grouped by cell and by the coordinate's text.
		const serious = new Set(DEFAULT_GROUP_CODES);
		const byCell = new Map<number, Map<string, number>>();
		for (let i = 0; i < columns.length; i++) {
			if (columns.flags[i] & FLAG.outside || !serious.has(columns.group[i])) continue;
			const at = byCell.get(columns.cell8[i]) ?? new Map<string, number>();
			const key = `${columns.lng[i]},${columns.lat[i]}`;
			at.set(key, (at.get(key) ?? 0) + 1);
			byCell.set(columns.cell8[i], at);
		}
		for (const [cell, at] of byCell) expect(cube.cellTopLocation[cell]).toBe(Math.max(...at.values()));
		const busiest = cube.cellCounts.indexOf(Math.max(...cube.cellCounts));
		console.log(`busiest res-8 hexagon: ${cube.cellCounts[busiest]} incidents, one location holds ${cube.cellTopLocation[busiest]}`);
		let onSnap = 0;
		let total = 0;
		for (const at of byCell.values()) {
			for (const n of at.values()) {
				total += n;
				if (n >= 10) onSnap += n;
			}
		}
		console.log(`serious violence on locations holding 10 or more: ${onSnap} of ${total} (${((onSnap / total) * 100).toFixed(1)}%)`);
	});
});
