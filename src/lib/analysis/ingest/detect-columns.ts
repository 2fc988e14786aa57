/**
 * Column auto-detection from header names and sample values: the one function behind the mapping
 * dialog's first guess, the CLI and the ingest of a file with no mapping given.
 */
import { bngToLngLat } from '../geometry/bng';
import { isFuture, rowTime } from '../time/row-time';
import { LondonClock } from '../time/london';
import { parseUkDate } from '../time/uk-date';
import { MESSAGES, type FileCode, type RejectCode } from './codes';
import { COLUMN_MAPPING_VERSION, headerSignature, type ColumnMapping, type CoordinateColumns } from './column-mapping';
import { bestColumn, type Role } from './column-roles';
import { GenericRowReader, flagValue, type MappedIndices } from './generic-row';
import { readGeoJsonRows, type ParsedJson } from './geojson-rows';
import { detectDecimalStyle, parseLocaleNumber } from './locale-number';
import { UK_BOUNDS } from './location-memo';
import { detectDelimiter, looksBinary, looksLikeGeoJson, type Delimiter } from './sniff';
import { sampleRecords } from './sample-records';

export type Confidence = 'high' | 'medium' | 'low' | 'none';

export interface DetectionProblem {
	code: FileCode | 'coordinates_swapped' | 'coordinates_by_value' | 'date_by_value' | 'no_offence_column' | 'few_dates_parse';
	message: string;
}

export interface ColumnDetection {
	format: 'delimited' | 'geojson';
	delimiter?: Delimiter;
	headers: string[];
	/** headerSignature(headers), the key the UI stores a confirmed mapping under. */
	signature: string;
	/** Null when the file has no usable coordinate or date column (or is not text). */
	mapping: ColumnMapping | null;
	confidence: Confidence;
	problems: DetectionProblem[];
	/** The first data rows as text, for the dialog's preview. */
	previewRows: string[][];
	/** Sample rows the mapping would reject, by line (feature number for GeoJSON) and code. */
	wouldReject: { line: number; code: RejectCode }[];
	/** Sample rows read (at most the sample's). */
	sampleRows: number;
}

export interface DetectOptions {
	/** File name: .geojson/.json are read as GeoJSON. */
	name?: string;
	delimiter?: Delimiter;
	/** The import time, epoch ms: later dates would be rejected as future_date. */
	now?: number;
	/** True when the sample is the whole file (its last line is then read even without a line end). */
	complete?: boolean;
	/** A mapping to check against the sample instead of detecting one (the dialog after an edit). */
	mapping?: ColumnMapping;
	/** A GeoJSON sample already parsed by the caller (the whole file, at import). */
	parsed?: ParsedJson;
}

const PREVIEW_ROWS = 10;
const inUk = (lng: number, lat: number) => lng >= UK_BOUNDS.west && lng <= UK_BOUNDS.east && lat >= UK_BOUNDS.south && lat <= UK_BOUNDS.north;

function median(values: number[]): number {
	const v = values.filter(Number.isFinite).sort((a, b) => a - b);
	return v.length === 0 ? NaN : v[Math.floor(v.length / 2)];
}

function problem(code: DetectionProblem['code'], message?: string): DetectionProblem {
	return { code, message: message ?? MESSAGES[code as FileCode] };
}

/** Detects (or checks) a mapping on sample text: the start of a file, cut at a line end by the caller or here. */
export function detectColumns(sample: string, options: DetectOptions = {}): ColumnDetection {
	const empty = (problems: DetectionProblem[], extra: Partial<ColumnDetection> = {}): ColumnDetection => ({
		format: 'delimited', headers: [], signature: headerSignature([]), mapping: null, confidence: 'none', problems, previewRows: [], wouldReject: [], sampleRows: 0, ...extra
	});
	if (looksBinary(sample)) return empty([problem('binary_file')]);
	if (sample.trim() === '' || sample.trim() === '\uFEFF') return empty([problem('empty_file')]);
	let headers: string[];
	let rows: { line: number; fields: string[]; point?: [number, number] | null }[];
	let format: ColumnDetection['format'] = 'delimited';
	let delimiter: Delimiter | undefined;
	if (looksLikeGeoJson(sample, options.name)) {
		// Detection reads the first features only: a GeoJSON of any size detects as fast as a small one.
		const g = readGeoJsonRows(options.parsed ?? sample, { limit: 500 });
		if ('error' in g) return empty([problem('invalid_geojson', `${MESSAGES.invalid_geojson}: ${g.detail}`)], { format: 'geojson' });
		({ headers, rows } = g);
		format = 'geojson';
	} else {
		delimiter = options.delimiter ?? options.mapping?.delimiter ?? detectDelimiter(sample);
		({ headers, rows } = sampleRecords(sample, delimiter, { complete: options.complete }));
	}
	const base = { format, delimiter, headers, signature: headerSignature(headers), previewRows: rows.slice(0, PREVIEW_ROWS).map((r) => r.fields), sampleRows: rows.length };
	if (rows.length === 0) return { ...empty([problem('header_only')]), ...base };
	const problems: DetectionProblem[] = [];
	const guess = options.mapping ? { mapping: options.mapping, byName: true } : guessMapping(headers, rows, format, problems);
	if (!guess) return { ...empty([...problems, problem('no_usable_columns')]), ...base };
	const wouldReject = checkRows(guess.mapping, headers, rows, options.now ?? Number.POSITIVE_INFINITY);
	const keptShare = 1 - wouldReject.length / rows.length;
	if (keptShare < 0.5) problems.push(problem('few_dates_parse', `${wouldReject.length} of ${rows.length} sample rows would be rejected`));
	const confidence: Confidence = guess.byName && keptShare >= 0.9 ? 'high' : keptShare >= 0.5 ? 'medium' : 'low';
	return { ...base, mapping: guess.mapping, confidence, problems, wouldReject };
}

/** Index of each mapped column in the header; -1 where not mapped. */
export function mappedIndices(m: ColumnMapping, headers: readonly string[]): MappedIndices {
	const names = headers.map((h) => h.trim().toLowerCase());
	const at = (n: string | undefined) => (n === undefined ? -1 : names.indexOf(n.trim().toLowerCase()));
	const c = m.coordinates;
	return {
		x: c.kind === 'lnglat' ? at(c.lng) : c.kind === 'bng' ? at(c.easting) : -1,
		y: c.kind === 'lnglat' ? at(c.lat) : c.kind === 'bng' ? at(c.northing) : -1,
		date: at(m.date),
		time: at(m.time),
		offence: at(m.offence),
		offenceCode: at(m.offenceCode),
		age: at(m.age),
		knife: at(m.flags?.knife),
		firearm: at(m.flags?.firearm),
		domestic: at(m.flags?.domestic)
	};
}

function checkRows(m: ColumnMapping, headers: string[], rows: { line: number; fields: string[]; point?: [number, number] | null }[], now: number) {
	const reader = new GenericRowReader(m, mappedIndices(m, headers));
	const clock = new LondonClock();
	const out: { line: number; code: RejectCode }[] = [];
	for (const r of rows) {
		const read = reader.read((i) => r.fields[i] ?? '', r.point ?? undefined);
		if ('reject' in read) out.push({ line: r.line, code: read.reject });
		else if (!inUk(read.lng, read.lat)) out.push({ line: r.line, code: 'coordinates_out_of_range' });
		else if (isFuture(read.reading, rowTime(read.reading, clock), now)) out.push({ line: r.line, code: 'future_date' });
	}
	return out;
}

function guessMapping(headers: string[], rows: { fields: string[] }[], format: ColumnDetection['format'], problems: DetectionProblem[]): { mapping: ColumnMapping; byName: boolean } | null {
	const values = (i: number) => rows.map((r) => r.fields[i] ?? '').filter((v) => v.trim() !== '');
	const taken = new Set<number>();
	const pick = (role: Role, accept?: (i: number) => boolean) => {
		const best = bestColumn(role, headers, taken, accept);
		if (best.index >= 0) taken.add(best.index);
		return best;
	};
	let byName = true;
	let coordinates: CoordinateColumns | null = format === 'geojson' ? { kind: 'geometry' } : null;
	let decimal = detectDecimalStyle([]);
	if (!coordinates) {
		const nums = (i: number, style = detectDecimalStyle(values(i))) => values(i).map((v) => parseLocaleNumber(v, style));
		const lat = pick('lat');
		const lng = pick('lng');
		if (lat.index >= 0 && lng.index >= 0) {
			decimal = detectDecimalStyle([...values(lat.index), ...values(lng.index)], { degrees: true });
			const mLat = median(nums(lat.index, decimal));
			const mLng = median(nums(lng.index, decimal));
			const swapped = !inUk(mLng, mLat) && inUk(mLat, mLng);
			if (swapped) problems.push(problem('coordinates_swapped', `"${headers[lat.index]}" holds longitudes and "${headers[lng.index]}" latitudes: read swapped`));
			coordinates = swapped ? { kind: 'lnglat', lng: headers[lat.index], lat: headers[lng.index] } : { kind: 'lnglat', lng: headers[lng.index], lat: headers[lat.index] };
		} else {
			for (const i of [lat.index, lng.index]) taken.delete(i);
			const e = pick('easting');
			const n = pick('northing');
			if (e.index >= 0 && n.index >= 0) {
				decimal = detectDecimalStyle([...values(e.index), ...values(n.index)]);
				const mE = median(nums(e.index, decimal));
				const mN = median(nums(n.index, decimal));
				if (Math.abs(mE) <= 180 && Math.abs(mN) <= 90) {
					// Columns called x and y holding degrees: longitude and latitude.
					const style = detectDecimalStyle([...values(e.index), ...values(n.index)], { degrees: true });
					decimal = style;
					coordinates = { kind: 'lnglat', lng: headers[e.index], lat: headers[n.index] };
				} else {
					const [a, b] = bngToLngLat(mE, mN);
					const [c, d] = bngToLngLat(mN, mE);
					const swapped = !inUk(a, b) && inUk(c, d);
					if (swapped) problems.push(problem('coordinates_swapped', `"${headers[e.index]}" holds northings and "${headers[n.index]}" eastings: read swapped`));
					coordinates = swapped ? { kind: 'bng', easting: headers[n.index], northing: headers[e.index] } : { kind: 'bng', easting: headers[e.index], northing: headers[n.index] };
				}
				byName = e.score >= 2 && n.score >= 2;
			}
		}
	}
	const parses = (i: number) => {
		const v = values(i).slice(0, 200);
		return v.length > 0 && v.filter((x) => !('error' in parseUkDate(x))).length / v.length;
	};
	let date = pick('date', (i) => (parses(i) || 0) >= 0.5);
	if (date.index < 0) {
		// No date by name: the first column whose values read as dates (not bare numbers, which may be anything).
		const i = headers.findIndex((_, k) => !taken.has(k) && (parses(k) || 0) >= 0.8 && values(k).some((v) => /[-/ ]/.test(v)));
		if (i >= 0) {
			taken.add(i);
			date = { index: i, score: 1 };
			byName = false;
			problems.push(problem('date_by_value', `"${headers[i]}" chosen as the date from its values`));
		}
	}
	if (!coordinates || date.index < 0) return null;
	const dateTo = pick('dateTo');
	const time = pick('time');
	const offence = pick('offence');
	if (offence.index < 0) problems.push(problem('no_offence_column', 'No offence or crime type column: rows are kept as unmapped'));
	const offenceCode = pick('offenceCode');
	const age = pick('age');
	const isFlag = (i: number) => values(i).every((v) => /^(yes|no|y|n|true|false|1|0|t|f)$/i.test(v.trim()) || flagValue(v));
	const flags = { knife: pick('knife', isFlag), firearm: pick('firearm', isFlag), domestic: pick('domestic', isFlag) };
	const name = (p: { index: number }) => (p.index >= 0 ? headers[p.index] : undefined);
	const flagNames = { knife: name(flags.knife), firearm: name(flags.firearm), domestic: name(flags.domestic) };
	const mapping: ColumnMapping = {
		version: COLUMN_MAPPING_VERSION,
		coordinates,
		date: headers[date.index],
		...(dateTo.index >= 0 && { dateTo: headers[dateTo.index] }),
		...(time.index >= 0 && { time: headers[time.index] }),
		...(offence.index >= 0 && { offence: headers[offence.index] }),
		...(offenceCode.index >= 0 && { offenceCode: headers[offenceCode.index] }),
		...(age.index >= 0 && { age: headers[age.index] }),
		...(Object.values(flagNames).some(Boolean) && { flags: Object.fromEntries(Object.entries(flagNames).filter(([, v]) => v)) }),
		decimal
	};
	return { mapping, byName };
}
