import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAreaIndex } from '../spatial/area-index';
import { detectColumns } from './detect-columns';
import { createIngest } from './ingest';
import { bytesSource, ingestSources } from './sources';

const AREAS = createAreaIndex(JSON.parse(readFileSync(new URL('../spatial/fixtures/areas.geojson', import.meta.url), 'utf8')));
const CSV = [
	'Crime Ref,Committed From,Easting,Northing,HO Offence Description,HO Code',
	'CR1,03/02/2024 21:30,578058,153181,Wounding with intent,5a ',
	'CR2,04/02/2024 02:10,575888,155332,Assault with injury,8N',
	'CR3,05/02/2024 02:10,575888,155332,Robbery of personal property,',
	'CR4,06/02/2024 02:10,575888,155332,Assault with injury,8N'
].join('\n');

describe('a Home Office offence code column', () => {
	it('is found by its header beside the offence description, not mistaken for it', () => {
		const { mapping } = detectColumns(CSV, { name: 'extract.csv', now: Date.UTC(2024, 5, 1) });
		expect(mapping?.offence).toBe('HO Offence Description');
		expect(mapping?.offenceCode).toBe('HO Code');
	});

	it('is kept in the column store as normalised codes, 0 where the cell is empty', async () => {
		const ingest = createIngest({ areas: AREAS, format: 'auto', now: Date.UTC(2024, 5, 1) });
		await ingestSources(ingest, [bytesSource('extract.csv', new TextEncoder().encode(CSV), 64)]);
		const { columns, report } = ingest.finish();
		expect(report.total.kept).toBe(4);
		expect(columns.offenceCodes).toEqual(['5A', '8N']);
		expect(Array.from(columns.offenceCode)).toEqual([1, 2, 0, 2]);
	});
});
