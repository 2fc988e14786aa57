/**
 * Every parser and importer under random, truncated, oversized, deeply nested, wrong-typed and malicious input.
 * Each target builds one input from a seeded generator, runs it, and throws only when an invariant breaks:
 * an exception past the validation boundary, or a row report that does not balance. `npm test` runs a fixed-seed
 * subset (fuzz.test.ts); `npm run fuzz` runs many more and reports its iterations.
 */
import { strToU8, zipSync } from 'fflate';
import { paramsToView } from '$lib/analysis/filters/url-state';
import { IngestError, REJECT_CODES } from '$lib/analysis/ingest/codes';
import { parseColumnMapping } from '$lib/analysis/ingest/column-mapping';
import { CsvScanner } from '$lib/analysis/ingest/csv-scanner';
import { createIngest } from '$lib/analysis/ingest/ingest';
import type { IngestReport } from '$lib/analysis/ingest/report';
import { bytesSource, ingestSources } from '$lib/analysis/ingest/sources';
import { parseSitesCsv } from '$lib/analysis/sites/csv';
import { parseSitesGeoJson } from '$lib/analysis/sites/geojson';
import type { AreaIndex } from '$lib/analysis/spatial/area-index';
import { parseViewsJson } from '$lib/analysis/views/saved-view';
import { parseUserWeights } from '$lib/analysis/weights/user-weights';
import { parseWeightTable } from '$lib/analysis/weights/weight-table';

export type Rand = () => number;

export interface FuzzTarget {
	name: string;
	/** One case; resolves when the invariants hold, rejects with what broke. */
	run(rand: Rand, areas: AreaIndex): Promise<void> | void;
}

const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const int = (rand: Rand, max: number) => Math.floor(rand() * max);

/** Characters that matter to parsers: delimiters, quotes, line ends, BOM, NUL, escapes, digits, letters, non-ASCII. */
const ALPHABET = [',', ';', '\t', '"', '\n', '\r', '\r\n', '\ufeff', '\0', '\u001b', '=', '-', '+', '@', ' ', '.', '/', ':', '{', '}', '[', ']', '0', '1', '5', '9', 'a', 'Z', 'é', '£', '\u202e', '2024-01', '51.27', '0.52', 'Robbery'];

export function randomText(rand: Rand, maxLength: number): string {
	let s = '';
	const n = int(rand, maxLength);
	for (let i = 0; i < n; i++) s += pick(rand, ALPHABET);
	return s;
}

export function randomBytes(rand: Rand, maxLength: number): Uint8Array {
	return Uint8Array.from({ length: int(rand, maxLength) }, () => int(rand, 256));
}

/** Random JSON-ish values: wrong types, deep nesting, prototype names. */
export function randomValue(rand: Rand, depth = 0): unknown {
	const k = int(rand, depth > 4 ? 6 : 9);
	if (k === 0) return null;
	if (k === 1) return rand() < 0.5;
	if (k === 2) return pick(rand, [0, -1, 1e308, NaN, 0.5, 51.27, 2 ** 53]);
	if (k === 3) return randomText(rand, 20);
	if (k === 4) return pick(rand, ['__proto__', 'constructor', 'prototype', 'toString', '', 'homicide', 'lnglat', 'geometry']);
	if (k === 5) return [];
	if (k === 6) return Array.from({ length: int(rand, 4) }, () => randomValue(rand, depth + 1));
	const o: Record<string, unknown> = {};
	for (let i = int(rand, 5); i > 0; i--) o[String(randomValue(rand, depth + 5))] = randomValue(rand, depth + 1);
	return o;
}

const VALID_POLICE_UK =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n' +
	',2024-01,Kent Police,Kent Police,0.522000,51.274000,On or near Week Street,,,Violence and sexual offences,,\n'.repeat(20);
const VALID_GENERIC = 'date,latitude,longitude,offence\n' + '03/02/2024,51.2745,0.5229,Robbery\n'.repeat(20);

/** A valid file spoiled at random: cut short, a span replaced by noise, or a field blown up. */
function spoil(rand: Rand, text: string): string {
	const at = int(rand, text.length);
	const k = int(rand, 4);
	if (k === 0) return text.slice(0, at);
	if (k === 1) return text.slice(0, at) + randomText(rand, 40) + text.slice(at + int(rand, 40));
	if (k === 2) return text.slice(0, at) + pick(rand, ['"', 'x', ',', '\r']).repeat(int(rand, 3000)) + text.slice(at);
	return randomText(rand, 400);
}

/** Every file either refused with a code, or its rows counted: read = kept + rejected. */
function balanced(report: IngestReport): void {
	for (const f of [...report.files, { ...report.total, name: 'total', status: 'read' as const }]) {
		if (f.status !== 'read') continue;
		const rejected = REJECT_CODES.reduce((s, c) => s + f.rejected[c], 0);
		if (f.rowsRead !== f.kept + rejected) throw new Error(`${f.name}: rows read ${f.rowsRead} != kept ${f.kept} + rejected ${rejected}`);
	}
}

async function importBytes(areas: AreaIndex, name: string, bytes: Uint8Array, rand: Rand, format: 'auto' | 'police-uk'): Promise<void> {
	const ingest = createIngest({ areas, format, now: Date.UTC(2026, 0, 1) });
	try {
		await ingestSources(ingest, [bytesSource(name, bytes, 1 + int(rand, 5000))]);
	} catch (e) {
		// A refusal with a code is a clear error; anything else escaped the validation boundary.
		if (e instanceof IngestError) return;
		throw e;
	}
	balanced(ingest.finish().report);
}

/** What a scanner reads from text fed in pieces of `size` (all at once when 0), with a small record limit. */
function scanRecords(text: string, size: number, maxRecordChars: number): string {
	const out: string[] = [];
	const s = new CsvScanner((r) => out.push(`${r.line}|${r.ok}|${r.problem}|${r.ok ? Array.from({ length: r.count }, (_, i) => r.field(i)).join('\u0000') : ''}`), { maxRecordChars });
	for (let i = 0; i < text.length; i += size || text.length) s.push(text.slice(i, i + (size || text.length)));
	s.end();
	return out.join('\n');
}

/** A JSON parser may answer with a value or a stated problem, never throw. */
function neverThrows(label: string, f: () => unknown): void {
	try {
		f();
	} catch (e) {
		throw new Error(`${label} threw: ${(e as Error).message}`);
	}
}

export const FUZZ_TARGETS: FuzzTarget[] = [
	{ name: 'police.uk CSV', run: (rand, areas) => importBytes(areas, '2024-01/2024-01-kent-street.csv', strToU8(spoil(rand, VALID_POLICE_UK)), rand, 'police-uk') },
	{ name: 'CSV and TSV, any layout', run: (rand, areas) => importBytes(areas, pick(rand, ['extract.csv', 'extract.tsv', 'extract.txt']), strToU8(spoil(rand, rand() < 0.5 ? VALID_GENERIC : VALID_GENERIC.replaceAll(',', '\t'))), rand, 'auto') },
	{ name: 'random bytes as CSV', run: (rand, areas) => importBytes(areas, 'extract.csv', randomBytes(rand, 3000), rand, 'auto') },
	{
		name: 'GeoJSON',
		run: (rand, areas) => {
			const features = Array.from({ length: int(rand, 8) }, () => ({ type: 'Feature', geometry: rand() < 0.8 ? { type: 'Point', coordinates: [0.52, 51.27] } : randomValue(rand), properties: rand() < 0.8 ? { date: '2024-01-03', offence: 'Robbery', x: randomValue(rand) } : randomValue(rand) }));
			const text = rand() < 0.3 ? `${'['.repeat(int(rand, 5000))}` : JSON.stringify({ type: 'FeatureCollection', features });
			return importBytes(areas, 'incidents.geojson', strToU8(rand() < 0.3 ? spoil(rand, text) : text), rand, 'auto');
		}
	},
	{
		name: 'zip archives',
		run: (rand, areas) => {
			const files: Record<string, Uint8Array> = {};
			for (let i = int(rand, 4); i >= 0; i--) files[pick(rand, ['2024-01/2024-01-kent-street.csv', `2024-0${i}/2024-0${i}-kent-street.csv`, '../x.csv', 'a.zip', 'notes.txt'])] = strToU8(spoil(rand, VALID_POLICE_UK));
			let zip = zipSync(files);
			if (rand() < 0.5) zip = zip.slice(0, int(rand, zip.length));
			if (rand() < 0.3) for (let i = 0; i < 5; i++) zip[int(rand, zip.length)] = int(rand, 256);
			return importBytes(areas, 'download.zip', zip, rand, 'auto');
		}
	},
	{
		name: 'CSV records whatever the read size',
		run: (rand) => {
			// The CLI and the browser read in different piece sizes: the records, cuts and reasons must not depend on them.
			const text = randomText(rand, 300) + (rand() < 0.5 ? '"' + 'x'.repeat(int(rand, 80)) : '');
			const limit = 4 + int(rand, 60);
			if (scanRecords(text, 1 + int(rand, 40), limit) !== scanRecords(text, 0, limit)) throw new Error(`records depend on the read size for ${JSON.stringify(text)} (limit ${limit})`);
		}
	},
	{ name: 'column mapping JSON', run: (rand) => neverThrows('parseColumnMapping', () => parseColumnMapping(randomValue(rand))) },
	{
		name: 'sites CSV',
		run: (rand) => {
			const { report } = parseSitesCsv(spoil(rand, 'name,programme,lat,lng,radius_m\nYouth club,youth_outreach,51.27,0.52,400\nPitch,sport,51.3,0.5,300\n'));
			if (!report.fileError && report.rows !== report.kept + report.rejected) throw new Error(`sites rows ${report.rows} != kept ${report.kept} + rejected ${report.rejected}`);
		}
	},
	{ name: 'sites GeoJSON', run: (rand) => neverThrows('parseSitesGeoJson', () => parseSitesGeoJson(rand() < 0.5 ? randomText(rand, 200) : (randomValue(rand) as never))) },
	{
		name: 'weight tables',
		run: (rand) => {
			neverThrows('parseWeightTable', () => parseWeightTable(randomValue(rand)));
			const parsed = parseUserWeights(spoil(rand, 'group,offence_code,weight\nhomicide,,5475\n,8N,10\nrobbery,,365\n'), 'w.csv');
			if (!('error' in parsed) && parsed.report.read !== parsed.report.kept + parsed.report.rejected.length) throw new Error('weight rows do not balance');
		}
	},
	{ name: 'saved views', run: (rand) => neverThrows('parseViewsJson', () => parseViewsJson(rand() < 0.5 ? randomText(rand, 300) : JSON.stringify({ format: 'hotspot-atlas-views', version: 1, views: [randomValue(rand), { id: 'v', title: 't', query: randomText(rand, 80), savedAt: 1 }] }))) },
	{
		name: 'URL state',
		run: (rand) => {
			const keys = ['ds', 'g', 'd', 'a', 'h', 'm', 'from', 'to', 'at', 'res', 'cls', 'meth', 'op', 'lyr', 'gik', 'gires', 'sig', 'wt', 'sdc', 'brief', 'sv', 'ca', 'cb', '__proto__', 'constructor'];
			const query = Array.from({ length: int(rand, 8) }, () => `${pick(rand, keys)}=${encodeURIComponent(randomText(rand, 30))}`).join('&');
			neverThrows('paramsToView', () => paramsToView(rand() < 0.8 ? query : randomText(rand, 100)));
		}
	}
];
