/**
 * Change between two periods of equal length (issue 16 item 1): per study cell the counts in A and B, the
 * difference, the ratio B / A with a 95% interval (Poisson variance scaled by the cell's overdispersion over its
 * monthly counts; "small count" below SMALL_BASE in A) and Benjamini-Hochberg q across cells; Gi* on the
 * standardised difference (B - A) / sqrt(A + B), so clusters of rises and falls stand out; and the same
 * change per district.
 */
import { DISTRICTS } from '../geography/districts';
import type { IncidentColumns } from '../ingest/columns';
import { countRatio, isClearChange, type CountRatio } from '../stats/count-ratio';
import { dispersion } from '../stats/dispersion';
import { benjaminiHochberg } from '../stats/fdr';
import { hotspotTest } from '../stats/gi-star';
import { daysInMonth, monthIndexOfDate } from '../time/month-index';
import { londonMidnightUtc } from '../filters/london-day';
import { CELL_COLUMN, type MappedResolution } from './dataset-summary';
import type { HotspotCache } from './hotspots';

/** Below this many incidents in period A a cell's ratio is not shown: one or two incidents swing it wildly. */
export const SMALL_BASE = 5;

export interface Period {
	/** Inclusive London dates, "YYYY-MM-DD". */
	from: string;
	to: string;
}

export interface ChangeRow {
	label: string;
	a: number;
	b: number;
	difference: number;
	test: CountRatio | null;
	q: number;
	verdict: 'rise' | 'fall' | 'no-clear-change' | 'not-estimable' | 'small-count';
}

export interface ChangeAnswer {
	datasetId: string;
	resolution: MappedResolution;
	k: number;
	a: Period;
	b: Period;
	/** Why the periods cannot be compared, or null. */
	unavailable: string | null;
	cells: readonly string[];
	countsA: Uint32Array;
	countsB: Uint32Array;
	/** Gi* on (B - A) / sqrt(A + B): positive classes are clusters of rises, negative of falls. */
	classes: Int8Array;
	z: Float64Array;
	/** Per cell ratio test (NaN where not estimable or under the small-count guard). */
	p: Float64Array;
	q: Float64Array;
	/** The cells whose change is clear after the false-discovery control (q < 0.05), largest difference first. */
	top: (ChangeRow & { cell: string })[];
	districts: ChangeRow[];
	totalA: number;
	totalB: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** Null when A and B can be compared; otherwise the reason (unequal length, overlap, order, flagged months). */
export function periodProblem(a: Period, b: Period, hasTimes: boolean, flagged: ReadonlySet<number>): string | null {
	if (a.from > a.to || b.from > b.to) return 'A period ends before it starts.';
	if (!(a.to < b.from || b.to < a.from)) return 'The periods overlap: choose two separate periods.';
	// Whole calendar months compare by their number (a leap year's extra day is not a longer year); other spans by days.
	const whole = (p: Period) => p.from.endsWith('-01') && Number(p.to.slice(8, 10)) === daysInMonth(monthIndexOfDate(p.to));
	const months = (p: Period) => monthIndexOfDate(p.to) - monthIndexOfDate(p.from) + 1;
	if (!hasTimes && (!whole(a) || !whole(b))) return 'This data has months only: each period must run from the first day of a month to the last day of a month.';
	if (whole(a) && whole(b)) {
		if (months(a) !== months(b)) return `The periods are not the same length (${months(a)} and ${months(b)} months): a longer period holds more incidents whatever happens.`;
	} else {
		const [la, lb] = [dayNumber(a.to) - dayNumber(a.from) + 1, dayNumber(b.to) - dayNumber(b.from) + 1];
		if (la !== lb) return `The periods are not the same length (${la} and ${lb} days): a longer period holds more incidents whatever happens.`;
	}
	const hit = [...flagged].filter((m) => (m >= monthIndexOfDate(a.from) && m <= monthIndexOfDate(a.to)) || (m >= monthIndexOfDate(b.from) && m <= monthIndexOfDate(b.to)));
	if (hit.length) return 'A period holds months the import reported missing or incomplete, which are not zero: choose periods without them.';
	return null;
}

function row(label: string, a: number, b: number, series: number[], smallBase: number): ChangeRow {
	const difference = b - a;
	if (a < smallBase) return { label, a, b, difference, test: null, q: NaN, verdict: 'small-count' };
	const r = countRatio([b], [a], dispersion(series).phi);
	if (!r.ok) return { label, a, b, difference, test: null, q: NaN, verdict: 'not-estimable' };
	return { label, a, b, difference, test: r.value, q: NaN, verdict: 'no-clear-change' };
}

/** Sets q by BH across the rows tested, then the verdict from the interval and q. */
function adjust(rows: ChangeRow[]): void {
	const q = benjaminiHochberg(rows.map((r) => r.test?.p ?? NaN));
	rows.forEach((r, i) => {
		r.q = q[i];
		if (r.test && isClearChange(r.test) && q[i] < 0.05) r.verdict = r.test.ratio > 1 ? 'rise' : 'fall';
	});
}

export interface ChangeInput {
	datasetId: string;
	columns: IncidentColumns;
	/** Rows passing every filter but the date range. */
	pass: Uint8Array;
	resolution: MappedResolution;
	k: number;
	a: Period;
	b: Period;
	hasTimes: boolean;
	flagged: ReadonlySet<number>;
	/** The data's first and last month, for the monthly series behind the overdispersion. */
	months: readonly [number, number];
}


export function changeAnswer(input: ChangeInput, cache: HotspotCache): ChangeAnswer {
	const { columns, pass, resolution, k, a, b } = input;
	const { cells, index } = cache.cellsAt(resolution);
	const n = cells.length;
	const countsA = new Uint32Array(n);
	const countsB = new Uint32Array(n);
	const base = { datasetId: input.datasetId, resolution, k, a, b, cells, countsA, countsB };
	const problem = periodProblem(a, b, input.hasTimes, input.flagged);
	if (problem) return { ...base, unavailable: problem, classes: new Int8Array(n), z: new Float64Array(n), p: new Float64Array(n), q: new Float64Array(n), top: [], districts: [], totalA: 0, totalB: 0 };
	const toStudy = Int32Array.from(columns.cells[resolution], (c) => index.get(c) ?? -1);
	const cellColumn = columns[CELL_COLUMN[resolution]];
	const span = input.months[1] - input.months[0] + 1;
	const cellMonths = new Float64Array(n * span);
	const districtA = new Array<number>(DISTRICTS.length).fill(0);
	const districtB = new Array<number>(DISTRICTS.length).fill(0);
	const districtMonths = Array.from({ length: DISTRICTS.length }, () => new Array<number>(span).fill(0));
	// Half-open instants of London days, as the date filter uses them.
	const midnight = (iso: string, extraDay: number) => londonMidnightUtc(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)) + extraDay);
	const [aFrom, aTo, bFrom, bTo] = [midnight(a.from, 0), midnight(a.to, 1), midnight(b.from, 0), midnight(b.to, 1)];
	const [amFrom, amTo, bmFrom, bmTo] = [a.from, a.to, b.from, b.to].map(monthIndexOfDate);
	for (let r = 0; r < columns.length; r++) {
		if (pass[r] === 0) continue;
		const m = columns.monthIndex[r];
		const t = columns.time[r];
		// Dated rows by their London day, month-only rows by their month.
		const inA = t === t ? t >= aFrom && t < aTo : m >= amFrom && m <= amTo;
		const inB = t === t ? t >= bFrom && t < bTo : m >= bmFrom && m <= bmTo;
		const i = toStudy[cellColumn[r]];
		const d = columns.district[r];
		if (i >= 0) {
			if (inA) countsA[i]++;
			if (inB) countsB[i]++;
			cellMonths[i * span + (m - input.months[0])]++;
		}
		if (d < DISTRICTS.length) {
			if (inA) districtA[d]++;
			if (inB) districtB[d]++;
			districtMonths[d][m - input.months[0]]++;
		}
	}
	const usable = (series: number[]) => series.filter((_, k) => !input.flagged.has(input.months[0] + k));
	const cellRows = cells.map((c, i) => ({ ...row(c, countsA[i], countsB[i], usable(Array.from(cellMonths.subarray(i * span, (i + 1) * span))), SMALL_BASE), cell: c }));
	adjust(cellRows);
	const districts = DISTRICTS.map((d, i) => row(d.label, districtA[i], districtB[i], usable(districtMonths[i]), 1));
	adjust(districts);
	// Standardised so that busy places do not read as change by their size alone: Poisson noise in B - A grows
	// with A + B, and Gi* on the raw difference finds "clusters" of noise wherever incidents are many.
	const gi = hotspotTest(standardisedDifference(countsA, countsB), cache.adjacencyAt(resolution, k));
	const top = cellRows.filter((r) => r.verdict === 'rise' || r.verdict === 'fall').sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference) || (x.cell < y.cell ? -1 : 1)).slice(0, 20);
	return {
		...base,
		unavailable: null,
		classes: gi.classes,
		z: gi.z,
		p: Float64Array.from(cellRows, (r) => r.test?.p ?? NaN),
		q: Float64Array.from(cellRows, (r) => r.q),
		top,
		districts,
		totalA: countsA.reduce((s, v) => s + v, 0),
		totalB: countsB.reduce((s, v) => s + v, 0)
	};
}

/** The default comparison: the latest 12 whole months of data (B) against the 12 before (A), clipped to the data. */
export function defaultChangePeriods(dataMonths: readonly [number, number]): { a: Period; b: Period } {
	const span = Math.max(1, Math.min(12, Math.floor((dataMonths[1] - dataMonths[0] + 1) / 2)));
	const iso = (m: number, day: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const bFrom = dataMonths[1] - span + 1;
	const aFrom = bFrom - span;
	return { a: { from: iso(aFrom, 1), to: iso(bFrom - 1, daysInMonth(bFrom - 1)) }, b: { from: iso(bFrom, 1), to: iso(dataMonths[1], daysInMonth(dataMonths[1])) } };
}

/** (B - A) / sqrt(A + B) per cell, 0 where both are 0: about N(0, 1) under no change whatever the volume. */
export function standardisedDifference(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
	return Float64Array.from({ length: a.length }, (_, i) => (a[i] + b[i] > 0 ? (b[i] - a[i]) / Math.sqrt(a[i] + b[i]) : 0));
}
