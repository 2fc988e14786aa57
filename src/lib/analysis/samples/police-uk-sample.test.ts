/**
 * The police.uk sample codec: a round trip on the ingest's golden fixture (always runs), and the
 * committed data/samples/police-uk-2024.bin against a fresh import of the four raw 2024 CSVs
 * (skipped when the raw open data is absent).
 */
import { readFileSync } from 'node:fs';
import { filesPresent } from '../../test-support/required-files';
import { gunzipSync, gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../data-paths';
import { bytesSource, createIngest, ingestSources, type IngestResult } from '../ingest';
import { FLAG } from '../offences/groups';
import { centroidsFromGeoJson, createCentroidIndex } from '../ingest/precision';
import { createAreaIndex } from '../spatial/area-index';
import { areaIndexFromPack } from '../spatial/boundary-pack';
import { monthLabel } from '../time/month-index';
import { decodePoliceUkSample } from './police-uk-sample';
import { encodePoliceUkSample } from './police-uk-sample-encode';

const ROOT = new URL('../../../../', import.meta.url);
const FIXTURE_AREAS = createAreaIndex(JSON.parse(readFileSync(new URL('../spatial/fixtures/areas.geojson', import.meta.url), 'utf8')));

async function ingestTexts(files: readonly { name: string; bytes: Uint8Array }[], options: Parameters<typeof createIngest>[0]): Promise<IngestResult> {
	const ingest = createIngest(options);
	await ingestSources(ingest, files.map((f) => bytesSource(f.name, f.bytes)));
	return ingest.finish();
}

describe('police.uk sample codec', () => {
	it('gives back every column and the whole row report of an import', async () => {
		const fixture = readFileSync(new URL('../ingest/fixtures/2024-01-fixture-street.csv', import.meta.url));
		const truncated = readFileSync(new URL('../ingest/fixtures/2024-03-truncated-street.csv', import.meta.url));
		const imported = await ingestTexts(
			[
				{ name: '2024-01-fixture-street.csv', bytes: fixture },
				{ name: '2024-03-truncated-street.csv', bytes: truncated }
			],
			{ areas: FIXTURE_AREAS }
		);
		expect(imported.columns.length).toBeGreaterThan(0);
		expect(imported.report.issues.length).toBeGreaterThan(0);
		const decoded = decodePoliceUkSample(encodePoliceUkSample(imported.columns, imported.report), FIXTURE_AREAS);
		expect(decoded.columns).toEqual(imported.columns);
		expect(decoded.report).toEqual(imported.report);
	});

	it('writes the same bytes twice', async () => {
		const bytes = readFileSync(new URL('../ingest/fixtures/2024-01-fixture-street.csv', import.meta.url));
		const { columns, report } = await ingestTexts([{ name: 'a-street.csv', bytes }], { areas: FIXTURE_AREAS });
		expect(encodePoliceUkSample(columns, report)).toEqual(encodePoliceUkSample(columns, report));
	});

	it('refuses coordinates it cannot hold exactly, other files and truncated ones', async () => {
		const bytes = readFileSync(new URL('../ingest/fixtures/2024-01-fixture-street.csv', import.meta.url));
		const { columns, report } = await ingestTexts([{ name: 'a-street.csv', bytes }], { areas: FIXTURE_AREAS });
		const lng = columns.lng.slice();
		lng[0] += 1e-9;
		expect(() => encodePoliceUkSample({ ...columns, lng }, report)).toThrow(/more than 6 decimals/);
		expect(() => decodePoliceUkSample(gzipSync(new TextEncoder().encode('PK\u0003\u0004 not a sample')), FIXTURE_AREAS)).toThrow(/not a police.uk sample/);
		const raw = gunzipSync(encodePoliceUkSample(columns, report));
		expect(() => decodePoliceUkSample(gzipSync(raw.subarray(0, raw.length - 3)), FIXTURE_AREAS)).toThrow(/truncated/);
	});
});

const SAMPLE = new URL(`data/${DATA_PATHS.policeUkSample}`, ROOT);
const POLICE = new URL('../shared/data/open/police_uk_street_kent/', ROOT);
const present = filesPresent([SAMPLE, POLICE], 'the police.uk sample round trip');

describe.skipIf(!present)('data/samples/police-uk-2024.bin (needs the raw open data)', () => {
	const readData = (path: string) => JSON.parse(readFileSync(new URL(`data/${path}`, ROOT), 'utf8'));

	it('decodes to what importing the four raw 2024 CSVs gives', async () => {
		const areas = areaIndexFromPack(readFileSync(new URL(`data/${DATA_PATHS.lsoa21Assign}`, ROOT)));
		const centroids = createCentroidIndex(centroidsFromGeoJson(readData(DATA_PATHS.lsoa21Centroids)));
		const months = ['2024-01', '2024-02', '2024-03', '2024-04'];
		const files = months.map((m) => ({ name: `${m}-kent-street.csv`, bytes: readFileSync(new URL(`${m}/${m}-kent-street.csv`, POLICE)) }));
		const imported = await ingestTexts(files, { areas, centroids });

		const started = performance.now();
		const sample = decodePoliceUkSample(readFileSync(SAMPLE), areas);
		const ms = performance.now() - started;
		console.log(`police.uk sample: ${readFileSync(SAMPLE).length} bytes, decoded in ${ms.toFixed(0)} ms`);

		const { total } = sample.report;
		// 16 outside on the published boundaries (17 on the 20 m simplified ones used before); police-uk-real.test.ts checks the count against turf.
		expect([total.rowsRead, total.kept, total.rejected.no_coordinates, total.flagged.outside]).toEqual([60021, 59420, 601, 16]);
		expect([total.rejected.line_too_long, total.rejected.field_too_long]).toEqual([0, 0]);
		expect(sample.report.months.map((m) => [m.month, m.rows, m.status])).toEqual(imported.report.months.map((m) => [monthLabel(m.monthIndex), m.rows, m.status]));
		let outside = 0;
		for (let i = 0; i < sample.columns.length; i++) if (sample.columns.flags[i] & FLAG.outside) outside++;
		expect(outside).toBe(16);
		expect(sample.report).toEqual(imported.report);
		expect(sample.columns).toEqual(imported.columns);
	});
});
