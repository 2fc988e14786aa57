import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../data-paths';
import { cellDecilesFor, parseHexDeciles } from '../deprivation/hex-imd';
import { NO_FILTERS } from '../filters/filter-state';
import { FLAG, OFFENCE_GROUP } from '../offences/groups';
import { bytesSource, createIngest, ingestSources } from '../ingest';
import type { AreaIndex } from '../spatial/area-index';
import { areaIndexFromPack } from '../spatial/boundary-pack';
import { cubeBuffers, DatasetSession } from './dataset-session';
import { fingerprint, summariseDataset } from './dataset-summary';

const CSV = [
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context',
	',2024-01,Kent Police,Kent Police,1.384600,51.389100,On or near High Street,,,Violence and sexual offences,,',
	',2024-01,Kent Police,Kent Police,1.384600,51.389100,On or near High Street,,,Robbery,,',
	',2024-02,Kent Police,Kent Police,0.522000,51.274000,On or near Week Street,,,Violence and sexual offences,,',
	',2024-02,Kent Police,Kent Police,-0.1276,51.5072,On or near Whitehall,,,Robbery,,',
	',2024-02,Kent Police,Kent Police,,,No location,,,Robbery,,',
	',2024-02,Kent Police,Kent Police,0.522000,51.274000,On or near Week Street,,,Burglary,,'
].join('\n');

describe('DatasetSession over an imported police.uk file', () => {
	let areas: AreaIndex;
	let session: DatasetSession;
	beforeAll(async () => {
		areas = areaIndexFromPack(readFileSync(`data/${DATA_PATHS.lsoa21Assign}`));
		const ingest = createIngest({ areas });
		await ingestSources(ingest, [bytesSource('2024-01/2024-01-kent-street.csv', new TextEncoder().encode(CSV))]);
		const { columns, report } = ingest.finish();
		const summary = summariseDataset(columns, areas, { id: `local-${fingerprint(columns)}`, kind: 'local', label: 'test', report });
		session = new DatasetSession(columns, summary);
	});

	it('summarises rows kept, rows inside the area and the month span; police.uk has no times', () => {
		const s = session.summary;
		expect(s.rows).toBe(5);
		expect(s.inArea).toBe(4);
		expect(s.inAreaSerious).toBe(3);
		expect(s.hasTimes).toBe(false);
		expect(s.monthRange).toEqual([2024 * 12, 2024 * 12 + 1]);
		expect(s.id).toMatch(/^local-[0-9a-f]{8}$/);
	});

	it('gives each hex the LSOA under its centre (Margate, Thanet)', () => {
		const s = session.summary;
		const margate = s.cellLsoa[9][session.columns.cell9[0]];
		expect(s.lsoaDistrict[margate]).toBe(10);
	});

	it('counts only in-area rows, per cell and per district', () => {
		const cube = session.cube(NO_FILTERS, 9);
		expect(cube.total).toBe(3);
		expect(cube.cellCounts[session.columns.cell9[0]]).toBe(2);
		expect(cube.resolution).toBe(9);
		expect(cube.timeUnknownInMatrix).toBe(3);
	});

	it('counts what the definition of serious violence names, when no offence filter is set', () => {
		const c = session.columns;
		const inArea = (g: number) => Array.from({ length: c.length }, (_, i) => i).filter((i) => c.group[i] === g && (c.flags[i] & FLAG.outside) === 0).length;
		const group = c.group[0];
		expect(session.cube({ ...NO_FILTERS, definition: [group] }, 9).total).toBe(inArea(group));
		expect(session.cube({ ...NO_FILTERS, definition: [] }, 9).total).toBe(0);
		// An offence filter still wins over the definition.
		expect(session.cube({ ...NO_FILTERS, definition: [], groups: [group] }, 9).total).toBe(inArea(group));
		expect(session.summary.inAreaByGroup!.reduce((a, b) => a + b, 0)).toBe(session.summary.inArea);
	});

	it('hides other crime unless the offence filter asks for it', () => {
		const withOther = session.cube({ ...NO_FILTERS, groups: [OFFENCE_GROUP.not_serious_violence] }, 9);
		expect(withOther.total).toBe(1);
		expect(session.cube(NO_FILTERS, 9).groups[OFFENCE_GROUP.not_serious_violence]).toBe(0);
	});

	it('names the same rows the same way', () => {
		expect(fingerprint(session.columns)).toBe(session.summary.id.slice('local-'.length));
	});

	it('answers a cube with the detail of one hexagon from the same pass', () => {
		const margate = session.columns.cell9[0];
		const lsoa = session.columns.lsoa[0];
		const deciles = new Uint8Array(session.summary.lsoaCodes.length);
		deciles[lsoa] = 1;
		const cube = session.cube(NO_FILTERS, 9, { detailCell: margate, lsoaDeciles: deciles });
		const detail = cube.detail!;
		expect(detail.total).toBe(cube.cellCounts[margate]);
		expect(detail.total).toBe(2);
		expect(detail.cell).toBe(session.summary.cells[9][margate]);
		expect(detail.groups.map((g) => [g.label, g.count])).toEqual([
			['Robbery', 1],
			['Violence and sexual offences (not split)', 1]
		]);
		expect(detail.hourUnknown).toBe(2);
		expect(detail.hours.every((h) => h === 0)).toBe(true);
		expect([detail.monthStart, detail.months]).toEqual([2024 * 12, [2]]);
		expect(detail.lsoas).toEqual([{ code: session.summary.lsoaCodes[lsoa], name: session.summary.lsoaNames[lsoa], district: 'E07000114', imdDecile: 1, count: 2 }]);
		expect(detail.districts).toEqual([{ code: 10, label: 'Thanet', count: 2 }]);
		expect(detail.rows).toEqual([
			{ file: '2024-01/2024-01-kent-street.csv', line: 2, date: '01/2024', time: null, group: 'Violence and sexual offences (not split)' },
			{ file: '2024-01/2024-01-kent-street.csv', line: 3, date: '01/2024', time: null, group: 'Robbery' }
		]);
		expect(session.cellDetail({ ...NO_FILTERS, groups: [1] }, 9, margate)!.total).toBe(1);
		expect(session.cube(NO_FILTERS, 9).detail).toBeNull();
	});

	it('lists every typed array of a cube answer once as a transferable', () => {
		const cube = session.cube(NO_FILTERS, 9, { days: true });
		const buffers = cubeBuffers(cube);
		expect(new Set(buffers).size).toBe(buffers.length);
		const typed = [...Object.values(cube), ...Object.values(cube.comparison ?? {})].filter((v) => ArrayBuffer.isView(v));
		expect(buffers.length).toBe(typed.length);
	});

	it('filters to hexagons in chosen IMD deciles and returns each cell\'s decile, a copy it can transfer', () => {
		const margate = session.columns.cell9[0];
		const cellDeciles = new Uint8Array(session.summary.cells[9].length);
		cellDeciles[margate] = 1;
		const cube = session.cube({ ...NO_FILTERS, hexDeciles: [1] }, 9, { cellDeciles, detailCell: margate });
		expect(cube.total).toBe(2);
		expect(cube.cellCounts[margate]).toBe(2);
		expect(cube.detail!.hexDecile).toBe(1);
		expect([...cube.cellDeciles]).toEqual([...cellDeciles]);
		expect(cube.cellDeciles.buffer).not.toBe(cellDeciles.buffer);
		expect(cubeBuffers(cube)).toContain(cube.cellDeciles.buffer);
		expect(session.cube({ ...NO_FILTERS, hexDeciles: [2, 3] }, 9, { cellDeciles }).total).toBe(0);
		// Without the lookup every cell's decile is unknown: shown as 0, and the filter matches nothing.
		const bare = session.cube({ ...NO_FILTERS, hexDeciles: [1] }, 9);
		expect([bare.total, bare.cellDeciles.length, bare.cellDeciles.every((d) => d === 0)]).toEqual([0, cellDeciles.length, true]);
	});

	it('applies the hexagon-decile filter to the pass mask at the resolution asked for', () => {
		const cellDeciles = new Uint8Array(session.summary.cells[9].length);
		cellDeciles[session.columns.cell9[0]] = 4;
		const pass = session.passMask({ ...NO_FILTERS, hexDeciles: [4] }, 9, cellDeciles);
		// Rows: Margate violence, Margate robbery, Maidstone violence, London robbery (outside), Maidstone burglary.
		expect([...pass]).toEqual([1, 1, 0, 0, 0]);
		expect(session.passMask(NO_FILTERS).reduce((a, b) => a + b, 0)).toBe(3);
	});

	it('counts a before/after under the hexagon-decile filter but not the date range', () => {
		const cellDeciles = new Uint8Array(session.summary.cells[9].length);
		cellDeciles[session.columns.cell9[0]] = 4;
		const filters = { ...NO_FILTERS, hexDeciles: [4], dateFrom: '2024-02-01', dateTo: '2024-02-29' };
		expect([...session.beforeAfterPass(filters, 9, cellDeciles)]).toEqual([1, 1, 0, 0, 0]);
		expect([...session.beforeAfterPass({ ...filters, hexDeciles: null }, null)]).toEqual([1, 1, 1, 0, 0]);
		expect(() => session.beforeAfterPass(filters, null)).toThrow(/needs the mapped resolution/);
	});

	it('gives the same hexagon counts with the pass mask as the cube maps', () => {
		const filters = { ...NO_FILTERS, groups: [4, 1] };
		const { pass, cellCounts } = session.passWithCells(filters, 8);
		expect([...cellCounts]).toEqual([...session.cube(filters, 8).cellCounts]);
		expect(pass.reduce((a, b) => a + b, 0)).toBe(session.cube(filters, 8).total);
	});

	it('reads each hexagon\'s decile from the shipped lookup', () => {
		const lookup = parseHexDeciles(readFileSync(`data/${DATA_PATHS.hexImd25}`, 'utf8'));
		for (const resolution of [7, 8, 9] as const) {
			const cells = session.summary.cells[resolution];
			const deciles = cellDecilesFor(cells, lookup);
			const margate = session.columns[`cell${resolution}`][0];
			expect(deciles[margate]).toBe(lookup.get(cells[margate]));
			expect(deciles[margate]).toBeGreaterThanOrEqual(1);
		}
	});
});
