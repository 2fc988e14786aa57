/**
 * The built-in police.uk sample (Kent, January to April 2024): turns data/samples/police-uk-2024.bin
 * back into the column store and row report an import of the four CSVs gives, so the app can open
 * real data without the user fetching it. Cells, LSOA and district come from the ingest's own
 * LocationMemo, once per distinct point, exactly as the import derives them.
 */
import { gunzipSync } from 'fflate';
import { ColumnBuilder, PRECISION, UNKNOWN_U8, type IncidentColumns } from '../ingest/columns';
import { LocationMemo } from '../ingest/location-memo';
import { summariseSourceMonths } from '../ingest/month-gaps';
import { withEveryRejectCode, type IngestReport } from '../ingest/report';
import { AGE_BAND_UNKNOWN, FLAG } from '../offences/groups';
import type { AreaIndex } from '../spatial/area-index';
import { monthOf } from '../time/month-index';
import { ByteReader } from './byte-streams';
import { MICRO, SAMPLE_MAGIC, SAMPLE_VERSION, type SampleHeader } from './police-uk-sample-format';

export interface DecodedSample {
	columns: IncidentColumns;
	report: IngestReport;
}

function readHeader(r: ByteReader): SampleHeader {
	const magic = new TextDecoder().decode(r.raw(4));
	if (magic !== SAMPLE_MAGIC) throw new Error('not a police.uk sample file');
	const version = r.u32();
	if (version !== SAMPLE_VERSION) throw new Error(`police.uk sample version ${version}, expected ${SAMPLE_VERSION}: rebuild data/ (npm run data:build)`);
	return JSON.parse(new TextDecoder().decode(r.raw(r.u32()))) as SampleHeader;
}

/** The integer stream as running sums (delta decoding). */
function runningSum(r: ByteReader, n: number): Int32Array {
	const out = new Int32Array(n);
	let acc = 0;
	for (let i = 0; i < n; i++) out[i] = acc += r.i32();
	return out;
}

export function decodePoliceUkSample(bytes: Uint8Array, areas: AreaIndex): DecodedSample {
	const r = new ByteReader(gunzipSync(bytes));
	const header = readHeader(r);
	const n = header.rows;
	const pointLng = runningSum(r, header.points);
	const pointLat = runningSum(r, header.points);
	const rowPoint = runningSum(r, n);
	const memo = new LocationMemo(areas);
	const builder = new ColumnBuilder(n);
	const slots = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const p = rowPoint[i];
		const slot = memo.slotOf(pointLng[p] / MICRO, pointLat[p] / MICRO);
		if (slot < 0) throw new Error(`police.uk sample row ${i} has unusable coordinates`);
		slots[i] = slot;
		const row = builder.row();
		const c = builder.cols;
		memo.writePlace(c, row, slot);
		c.time[row] = NaN;
		c.precision[row] = PRECISION.month;
		c.hour[row] = UNKNOWN_U8;
		c.weekday[row] = UNKNOWN_U8;
		c.ageBand[row] = AGE_BAND_UNKNOWN;
	}
	const c = builder.cols;
	for (let i = 0; i < n; i++) {
		c.monthIndex[i] = r.u16();
		c.month[i] = monthOf(c.monthIndex[i]);
	}
	for (let i = 0; i < n; i++) c.group[i] = r.u8();
	// The outside flag follows the area index in use, as it would on a fresh import.
	for (let i = 0; i < n; i++) c.flags[i] = (r.u8() & ~FLAG.outside) | (memo.outside[slots[i]] ? FLAG.outside : 0);
	for (let i = 0; i < n; i++) c.source[i] = r.u16();
	const lastLine = new Map<number, number>();
	for (let i = 0; i < n; i++) {
		const line = (lastLine.get(c.source[i]) ?? 0) + r.i32();
		c.line[i] = line;
		lastLine.set(c.source[i], line);
	}
	const m = header.issues;
	const issues = { length: m, source: new Uint16Array(m), line: new Uint32Array(m), code: new Uint8Array(m) };
	for (let i = 0; i < m; i++) issues.source[i] = r.u16();
	for (let i = 0; i < m; i++) issues.line[i] = r.u32();
	for (let i = 0; i < m; i++) issues.code[i] = r.u8();
	if (!r.done) throw new Error('police.uk sample has trailing bytes');
	const { files, total, sources, sourceMonths } = header.report;
	const columns = builder.finish({
		cells: memo.cellDictionaries(),
		lsoaCodes: areas.codes,
		sources
	});
	// A sample built before later reject reasons were added reads with a zero for each.
	const report = { files, total, sources, sourceMonths, months: summariseSourceMonths(sourceMonths), issues, cancelled: false };
	return { columns, report: withEveryRejectCode(report) };
}
