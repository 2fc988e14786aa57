import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../data-paths';
import { NO_FILTERS } from '../filters/filter-state';
import { OFFENCE_GROUP } from '../offences/groups';
import { bytesSource, createIngest, ingestSources } from '../ingest';
import { createAreaIndex, type AreaIndex } from '../spatial/area-index';
import { DatasetSession } from './dataset-session';
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
		areas = createAreaIndex(JSON.parse(readFileSync(`data/${DATA_PATHS.lsoa21}`, 'utf8')));
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

	it('hides other crime unless the offence filter asks for it', () => {
		const withOther = session.cube({ ...NO_FILTERS, groups: [OFFENCE_GROUP.not_serious_violence] }, 9);
		expect(withOther.total).toBe(1);
		expect(session.cube(NO_FILTERS, 9).groups[OFFENCE_GROUP.not_serious_violence]).toBe(0);
	});

	it('names the same rows the same way', () => {
		expect(fingerprint(session.columns)).toBe(session.summary.id.slice('local-'.length));
	});
});
