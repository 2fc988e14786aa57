/** Writes the demo's columns as the compact prebuilt demo file (layout in demo-file-format.ts). */
import { gzipSync } from 'fflate';
import { PRECISION, UNKNOWN_U16, type IncidentColumns } from '../ingest/columns';
import { FLAG } from '../offences/groups';
import { ByteWriter } from '../samples/byte-streams';
import { demoSourceName } from './demo-columns';
import { DAY_MS, DEMO_FILE_MAGIC, DEMO_FILE_VERSION, HOUR_MS, MAX_U16, MICRO, MINUTE_MS, type DemoFileHeader } from './demo-file-format';

function micro(value: number, what: string, row: number): number {
	const k = Math.round(value * MICRO);
	if (k / MICRO !== value) throw new Error(`row ${row}: ${what} ${value} has more than 6 decimals; the demo file cannot hold it exactly`);
	return k;
}

/** Refuses columns the layout would not give back: it stores only what demoColumns varies. */
function checkDemoShape(c: IncidentColumns, seed: number): void {
	if (c.sources.length !== 1 || c.sources[0] !== demoSourceName(seed)) throw new Error(`columns are not the demo of seed ${seed} (sources ${c.sources.join(', ')})`);
	if (c.offenceCodes.length !== 0) throw new Error('demo columns carry offence codes; the demo file has no room for them');
	for (let i = 0; i < c.length; i++) {
		if (c.precision[i] !== PRECISION.minute || c.source[i] !== 0 || c.line[i] !== i + 2 || c.offenceCode[i] !== 0) {
			throw new Error(`row ${i} is not shaped as demoColumns writes it (minute precision, source 0, line ${i + 2}, no offence code)`);
		}
		if (!Number.isInteger(c.time[i] / MINUTE_MS)) throw new Error(`row ${i}: time ${c.time[i]} is not a whole minute`);
	}
}

/** Deterministic bytes (gzip mtime 0), so a rebuild from the same data changes nothing. */
export function encodeDemoColumns(columns: IncidentColumns, options: { seed: number }): Uint8Array {
	const { seed } = options;
	checkDemoShape(columns, seed);
	const n = columns.length;

	const placeOf = new Map<string, number>();
	const places: [number, number, number, number][] = [];
	const lsoaOf = new Map<number, number>();
	const lsoaCodes: string[] = [];
	const rowPlace = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		const key = `${columns.cell9[i]},${columns.cell8[i]},${columns.cell7[i]},${columns.lsoa[i]}`;
		let p = placeOf.get(key);
		if (p === undefined) {
			p = places.length;
			placeOf.set(key, p);
			let lsoa = UNKNOWN_U16;
			if (columns.lsoa[i] !== UNKNOWN_U16) {
				lsoa = lsoaOf.get(columns.lsoa[i]) ?? lsoaCodes.length;
				if (lsoa === lsoaCodes.length) {
					lsoaOf.set(columns.lsoa[i], lsoa);
					lsoaCodes.push(columns.lsoaCodes[columns.lsoa[i]]);
				}
			}
			places.push([columns.cell9[i], columns.cell8[i], columns.cell7[i], lsoa]);
		}
		rowPlace[i] = p;
	}
	if (places.length > MAX_U16) throw new Error(`${places.length} distinct places; the demo file holds at most ${MAX_U16}`);

	// London's offset is 0 or 1 hour, so the row's hour against the instant's UTC hour says which.
	const local = new Float64Array(n);
	const back = new Uint8Array(n);
	let firstDay = Infinity;
	for (let i = 0; i < n; i++) {
		const utcHour = Math.floor((((columns.time[i] % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
		const offset = (columns.hour[i] - utcHour + 24) % 24;
		if (offset > 1) throw new Error(`row ${i}: hour ${columns.hour[i]} is not London time for instant ${columns.time[i]}`);
		back[i] = offset;
		local[i] = columns.time[i] + offset * HOUR_MS;
		firstDay = Math.min(firstDay, Math.floor(local[i] / DAY_MS));
	}
	if (n === 0) firstDay = 0;

	const header: DemoFileHeader = { version: DEMO_FILE_VERSION, seed, rows: n, places: places.length, firstDay, cells: columns.cells as DemoFileHeader['cells'], lsoaCodes };
	const json = new TextEncoder().encode(JSON.stringify(header));
	const w = new ByteWriter();
	w.raw(new TextEncoder().encode(DEMO_FILE_MAGIC));
	w.u32(DEMO_FILE_VERSION);
	w.u32(json.length);
	w.raw(json);
	for (let k = 0; k < 3; k++) places.forEach((place, p) => w.zigzag(place[k] - (p ? places[p - 1][k] : 0)));
	for (const place of places) w.u16(place[3]);
	for (let i = 0; i < n; i++) w.u16(rowPlace[i]);
	for (const [what, values] of [['longitude', columns.lng], ['latitude', columns.lat]] as const) {
		const last = new Map<number, number>();
		let previous = 0;
		for (let i = 0; i < n; i++) {
			const k = micro(values[i], what, i);
			w.zigzag(k - (last.get(rowPlace[i]) ?? previous));
			last.set(rowPlace[i], k);
			previous = k;
		}
	}
	for (let i = 0; i < n; i++) {
		const day = Math.floor(local[i] / DAY_MS) - firstDay;
		if (day > MAX_U16) throw new Error(`the demo spans more than ${MAX_U16} days`);
		w.u16(day);
	}
	for (let i = 0; i < n; i++) w.u16((local[i] - Math.floor(local[i] / DAY_MS) * DAY_MS) / MINUTE_MS);
	for (let i = 0; i < n; i++) w.u8(back[i]);
	for (let i = 0; i < n; i++) w.u8(columns.group[i]);
	for (let i = 0; i < n; i++) w.u8(columns.ageBand[i]);
	// Outside follows the place's district, as demoColumns derives it.
	for (let i = 0; i < n; i++) w.u8(columns.flags[i] & ~FLAG.outside);
	return gzipSync(w.finish(), { level: 9, mtime: 0 });
}
