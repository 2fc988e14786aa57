/** Writes an ingest's columns and row report as the compact police.uk sample (layout in police-uk-sample-format.ts). */
import { gzipSync } from 'fflate';
import type { IncidentColumns } from '../ingest/columns';
import type { IngestReport } from '../ingest/report';
import { ByteWriter } from './byte-streams';
import { MICRO, SAMPLE_MAGIC, SAMPLE_VERSION, type SampleHeader } from './police-uk-sample-format';

function micro(value: number, what: string): number {
	const k = Math.round(value * MICRO);
	if (k / MICRO !== value) throw new Error(`${what} ${value} has more than 6 decimals; the sample format cannot hold it exactly`);
	return k;
}

/** Deterministic bytes (gzip mtime 0), so a rebuild from the same files changes nothing. */
export function encodePoliceUkSample(columns: IncidentColumns, report: IngestReport): Uint8Array {
	const n = columns.length;
	const pointOf = new Map<string, number>();
	const pointLng: number[] = [];
	const pointLat: number[] = [];
	const rowPoint = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		const lng = micro(columns.lng[i], 'longitude');
		const lat = micro(columns.lat[i], 'latitude');
		const key = `${lng},${lat}`;
		let p = pointOf.get(key);
		if (p === undefined) {
			p = pointLng.length;
			pointOf.set(key, p);
			pointLng.push(lng);
			pointLat.push(lat);
		}
		rowPoint[i] = p;
	}
	const { files, total, sources, sourceMonths } = report;
	const header: SampleHeader = { version: SAMPLE_VERSION, rows: n, points: pointLng.length, issues: report.issues.length, report: { files, total, sources, sourceMonths } };
	const json = new TextEncoder().encode(JSON.stringify(header));
	const w = new ByteWriter();
	w.raw(new TextEncoder().encode(SAMPLE_MAGIC));
	w.u32(SAMPLE_VERSION);
	w.u32(json.length);
	w.raw(json);
	pointLng.forEach((v, p) => w.i32(v - (p ? pointLng[p - 1] : 0)));
	pointLat.forEach((v, p) => w.i32(v - (p ? pointLat[p - 1] : 0)));
	for (let i = 0; i < n; i++) w.i32(rowPoint[i] - (i ? rowPoint[i - 1] : 0));
	for (let i = 0; i < n; i++) w.u16(columns.monthIndex[i]);
	for (let i = 0; i < n; i++) w.u8(columns.group[i]);
	for (let i = 0; i < n; i++) w.u8(columns.flags[i]);
	for (let i = 0; i < n; i++) w.u16(columns.source[i]);
	const lastLine = new Map<number, number>();
	for (let i = 0; i < n; i++) {
		w.i32(columns.line[i] - (lastLine.get(columns.source[i]) ?? 0));
		lastLine.set(columns.source[i], columns.line[i]);
	}
	const issues = report.issues;
	for (let i = 0; i < issues.length; i++) w.u16(issues.source[i]);
	for (let i = 0; i < issues.length; i++) w.u32(issues.line[i]);
	for (let i = 0; i < issues.length; i++) w.u8(issues.code[i]);
	return gzipSync(w.finish(), { level: 9, mtime: 0 });
}
