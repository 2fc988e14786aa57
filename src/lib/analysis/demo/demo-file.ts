/**
 * The prebuilt default demo: turns data/demo/demo-columns.bin back into exactly the columns
 * demoColumns(generateDemo(inputs, { seed }), areas, seed) gives, so start-up decodes in milliseconds
 * instead of generating and placing 60,000 incidents. Other seeds are still generated.
 */
import { gunzipSync } from 'fflate';
import { ColumnBuilder, PRECISION, UNKNOWN_U16, type IncidentColumns } from '../ingest/columns';
import { FLAG } from '../offences/groups';
import { NO_AREA, type AreaIndex } from '../spatial/area-index';
import { toMonthIndex } from '../time/month-index';
import { ByteReader } from '../samples/byte-streams';
import { demoSourceName } from './demo-columns';
import { DAY_MS, DEMO_FILE_MAGIC, DEMO_FILE_VERSION, HOUR_MS, MICRO, MINUTE_MS, type DemoFileHeader } from './demo-file-format';

const REBUILD = 'rebuild data/ (npm run data:build)';

export interface DecodedDemo {
	seed: number;
	columns: IncidentColumns;
}

function unzip(bytes: Uint8Array): Uint8Array {
	try {
		return gunzipSync(bytes);
	} catch (error) {
		throw new Error(`demo column file is corrupt (${error instanceof Error ? error.message : String(error)}): ${REBUILD}`);
	}
}

function readHeader(r: ByteReader): DemoFileHeader {
	const magic = new TextDecoder().decode(r.raw(4));
	if (magic !== DEMO_FILE_MAGIC) throw new Error(`not a demo column file: ${REBUILD}`);
	const version = r.u32();
	if (version !== DEMO_FILE_VERSION) throw new Error(`demo column file version ${version}, expected ${DEMO_FILE_VERSION}: ${REBUILD}`);
	return JSON.parse(new TextDecoder().decode(r.raw(r.u32()))) as DemoFileHeader;
}

/** The zigzag stream as running sums (delta decoding). */
function runningSum(r: ByteReader, n: number): Int32Array {
	const out = new Int32Array(n);
	let acc = 0;
	for (let i = 0; i < n; i++) out[i] = acc += r.zigzag();
	return out;
}

/** Decodes the file; with `seed`, refuses a file built for another seed. */
export function decodeDemoColumns(bytes: Uint8Array, areas: AreaIndex, expect: { seed?: number } = {}): DecodedDemo {
	const r = new ByteReader(unzip(bytes));
	const header = readHeader(r);
	if (expect.seed !== undefined && header.seed !== expect.seed) throw new Error(`demo column file holds seed ${header.seed}, not ${expect.seed}: ${REBUILD}`);
	const { rows: n, places: m } = header;

	const areaOf = new Map(areas.codes.map((code, i) => [code, i]));
	const lsoaIndex = header.lsoaCodes.map((code) => {
		const i = areaOf.get(code);
		if (i === undefined) throw new Error(`demo column file names LSOA ${code}, which the boundaries in use lack: ${REBUILD}`);
		return i;
	});
	const cell9 = runningSum(r, m);
	const cell8 = runningSum(r, m);
	const cell7 = runningSum(r, m);
	const placeLsoa = new Uint16Array(m);
	const placeDistrict = new Uint16Array(m);
	for (let p = 0; p < m; p++) {
		const k = r.u16();
		const lsoa = k === UNKNOWN_U16 ? NO_AREA : lsoaIndex[k];
		if (lsoa === undefined) throw new Error(`demo column file place ${p} has LSOA ${k} of ${lsoaIndex.length}: ${REBUILD}`);
		placeLsoa[p] = lsoa;
		placeDistrict[p] = lsoa === NO_AREA ? NO_AREA : areas.district[lsoa];
	}

	const builder = new ColumnBuilder(n);
	for (let i = 0; i < n; i++) builder.row();
	const c = builder.cols;
	const place = new Uint16Array(n);
	for (let i = 0; i < n; i++) {
		const p = (place[i] = r.u16());
		if (p >= m) throw new Error(`demo column file row ${i} has place ${p} of ${m}: ${REBUILD}`);
		c.cell9[i] = cell9[p];
		c.cell8[i] = cell8[p];
		c.cell7[i] = cell7[p];
		c.lsoa[i] = placeLsoa[p];
		c.district[i] = placeDistrict[p];
	}
	for (const values of [c.lng, c.lat]) {
		const last = new Int32Array(m);
		const seen = new Uint8Array(m);
		let previous = 0;
		for (let i = 0; i < n; i++) {
			const p = place[i];
			const k = (seen[p] ? last[p] : previous) + r.zigzag();
			values[i] = k / MICRO;
			last[p] = previous = k;
			seen[p] = 1;
		}
	}
	const days = new Uint16Array(n);
	for (let i = 0; i < n; i++) days[i] = r.u16();
	// Weekday and month per calendar day, worked out once for each day the demo covers.
	const span = days.reduce((a, b) => Math.max(a, b), -1) + 1;
	const dayWeekday = new Uint8Array(span);
	const dayMonth = new Uint8Array(span);
	const dayMonthIndex = new Uint16Array(span);
	for (let d = 0; d < span; d++) {
		const date = new Date((header.firstDay + d) * DAY_MS);
		dayWeekday[d] = (date.getUTCDay() + 6) % 7;
		dayMonth[d] = date.getUTCMonth() + 1;
		dayMonthIndex[d] = toMonthIndex(date.getUTCFullYear(), dayMonth[d]);
	}
	const minutes = new Uint16Array(n);
	for (let i = 0; i < n; i++) minutes[i] = r.u16();
	for (let i = 0; i < n; i++) {
		const d = days[i];
		c.time[i] = (header.firstDay + d) * DAY_MS + minutes[i] * MINUTE_MS - r.u8() * HOUR_MS;
		c.hour[i] = Math.floor(minutes[i] / 60);
		c.weekday[i] = dayWeekday[d];
		c.month[i] = dayMonth[d];
		c.monthIndex[i] = dayMonthIndex[d];
		c.precision[i] = PRECISION.minute;
		c.line[i] = i + 2;
	}
	for (let i = 0; i < n; i++) c.group[i] = r.u8();
	for (let i = 0; i < n; i++) c.ageBand[i] = r.u8();
	for (let i = 0; i < n; i++) c.flags[i] = r.u8() | (c.district[i] === NO_AREA ? FLAG.outside : 0);
	if (!r.done) throw new Error(`demo column file has trailing bytes: ${REBUILD}`);
	const columns = builder.finish({ cells: header.cells, lsoaCodes: areas.codes, sources: [demoSourceName(header.seed)] });
	return { seed: header.seed, columns };
}
