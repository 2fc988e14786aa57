import Papa from 'papaparse';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NO_DISCLOSURE, UK_DISCLOSURE } from '../disclosure/disclosure';
import { tableFile } from '$lib/exports/table-files';
import type { ExportContext } from './export-header';
import { disclosedRows, tableCsv, type ExportTable } from './export-table';

const CTX: ExportContext = {
	source: 'Synthetic demo data (seed 20240101)',
	synthetic: true,
	filters: 'Medway; 18:00-23:00',
	definition: 'Serious violence (the default): homicide, robbery.',
	dateRange: '01/01/2025 to 31/12/2025',
	weighting: 'Incident counts',
	disclosure: UK_DISCLOSURE,
	appVersion: '0.1.0',
	checksum: '3f9a2c1b',
	madeAt: Date.UTC(2026, 11, 5, 12, 30),
	marking: 'OFFICIAL'
};

const TABLE: ExportTable = {
	name: 'district-table',
	title: 'Incidents by district',
	columns: [
		{ key: 'district', label: 'District', kind: 'text' },
		{ key: 'incidents', label: 'Incidents', kind: 'count' },
		{ key: 'rate', label: 'Rate', kind: 'derived', of: [1], digits: 2 },
		{ key: 'z', label: 'z', kind: 'number', digits: 2 }
	],
	rows: [
		['Medway', 1234, 4.5678, 3.14159],
		['=HYPERLINK("http://x")', 3, 0.75, 1],
		[' =1+1', 0, 0, 0],
		['\t@SUM(A1)', 17, 1.23, -2]
	]
};

describe('table exports', () => {
	it('start with the header block and round every count, withholding rates of suppressed counts', () => {
		const csv = tableCsv(TABLE, CTX);
		expect(csv.startsWith('\uFEFFIncidents by district\r\n')).toBe(true);
		const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: false }).data;
		const block = Object.fromEntries(rows.slice(1, 11).map((r) => [r[0], r[1]]));
		expect(block).toMatchObject({ 'Protective marking': 'OFFICIAL', Source: 'Synthetic demo data (seed 20240101) (synthetic: not real incidents)', 'Dataset checksum': '3f9a2c1b', Made: '05/12/2026 12:30', 'App version': 'Hotspot Atlas 0.1.0' });
		expect(block.Disclosure).toMatch(/fewer than 5/);
		const header = rows.findIndex((r) => r[0] === 'District');
		expect(rows[header + 1]).toEqual(['Medway', '1235', '4.57', '3.14']);
		expect(rows[header + 2].slice(1, 3)).toEqual(['fewer than 5', 'withheld']);
		expect(rows[header + 3].slice(1, 3)).toEqual(['0', '0']);
	});

	it('never writes a count under the threshold', () => {
		const counts = disclosedRows({ ...TABLE, rows: Array.from({ length: 40 }, (_, n) => ['x', n, 0, 0]) }, UK_DISCLOSURE).map((r) => r[1]);
		for (const c of counts) expect(typeof c === 'string' ? c : c === 0 || (c as number) >= 5).toBeTruthy();
	});

	it('makes formula cells inert, including after a leading space or tab', () => {
		const rows = Papa.parse<string[]>(tableCsv(TABLE, { ...CTX, disclosure: NO_DISCLOSURE }).slice(1)).data;
		const names = rows.filter((r) => r.length === 4).map((r) => r[0]);
		expect(names).toContain(`'=HYPERLINK("http://x")`);
		expect(names).toContain(`' =1+1`);
		expect(names).toContain(`'\t@SUM(A1)`);
	});

	it('writes XLSX that reads back to the same numbers, with text cells inert', async () => {
		const { name, blob } = await tableFile(TABLE, CTX, 'xlsx');
		expect(name).toBe('district-table.xlsx');
		const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
		const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
		const shared = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
		// Numbers are numeric cells: the rounded count and the rate to 2 places.
		expect(sheet).toMatch(/<v>1235<\/v>/);
		expect(sheet).toMatch(/<v>4.57<\/v>/);
		const strings = [...(shared + sheet).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1].replaceAll('&quot;', '"'));
		expect(strings).toContain('fewer than 5');
		expect(strings).toContain(`'=HYPERLINK("http://x")`);
		expect(strings.some((s) => s.startsWith('='))).toBe(false);
	});
});
