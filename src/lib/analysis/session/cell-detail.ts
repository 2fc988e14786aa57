/**
 * The detail panel for a clicked hexagon (issue 7 item 5): what the rows in one cell that pass the filters
 * are made of, and the first source rows so an analyst can go back to the records.
 */
import { DISTRICTS } from '../geography/districts';
import { PRECISION, UNKNOWN_U16, UNKNOWN_U8, type IncidentColumns } from '../ingest/columns';
import { OFFENCE_GROUP_KEYS, OFFENCE_GROUP_LABELS } from '../offences/groups';
import { londonWallClock } from '../time/london';
import { monthOf, yearOf } from '../time/month-index';
import type { MappedResolution } from './dataset-summary';

/** Source rows listed: enough to go back to the records without shipping the whole cell. */
export const DETAIL_ROW_LIMIT = 100;

export interface DetailCount {
	code: number;
	label: string;
	count: number;
}

export interface DetailLsoa {
	code: string;
	name: string;
	/** DISTRICTS code, '' when unknown. */
	district: string;
	/** IMD 2025 decile (1 = most deprived 10% of England), null when not known. */
	imdDecile: number | null;
	count: number;
}

export interface SourceRowRef {
	/** Source file name. */
	file: string;
	/** 1-based physical line in that file (header = 1). */
	line: number;
	/** dd/mm/yyyy, or mm/yyyy for month-only rows. */
	date: string;
	/** 24-hour HH:mm when the time of day is known, else null. */
	time: string | null;
	group: string;
}

export interface CellDetail {
	resolution: MappedResolution;
	cellIndex: number;
	/** The H3 id. */
	cell: string;
	datasetId: string;
	/** IMD 2025 decile of the hexagon itself (of the LSOA holding most of its residents, hex-imd25.csv), null when not known. */
	hexDecile: number | null;
	/** Rows in the cell that pass every filter. */
	total: number;
	/** The most of them at one coordinate (a snap point or one address). */
	topLocation: number;
	/** Offence groups with at least one row, largest first. */
	groups: DetailCount[];
	/** 24 slots, London hour of day; rows with no time are in hourUnknown. */
	hours: number[];
	hourUnknown: number;
	/** Counts from monthStart (month index) for each month to the dataset's last month with rows in the cell. */
	monthStart: number;
	months: number[];
	/** LSOAs the rows lie in, largest first. */
	lsoas: DetailLsoa[];
	/** Districts the rows lie in, largest first (code = DISTRICTS index). */
	districts: DetailCount[];
	/** The first DETAIL_ROW_LIMIT rows, in source order. */
	rows: SourceRowRef[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function sortedCounts(counts: Map<number, number>, label: (code: number) => string): DetailCount[] {
	return [...counts]
		.map(([code, count]) => ({ code, label: label(code), count }))
		.sort((a, b) => b.count - a.count || a.code - b.code);
}

function sourceRow(columns: IncidentColumns, i: number): SourceRowRef {
	const t = columns.time[i];
	const precision = columns.precision[i];
	const groupKey = OFFENCE_GROUP_KEYS[columns.group[i]];
	let date: string;
	let time: string | null = null;
	if (t === t) {
		const w = londonWallClock(t);
		date = `${pad(w.day)}/${pad(w.month)}/${w.year}`;
		if (precision === PRECISION.minute) time = `${pad(w.hour)}:${pad(w.minute)}`;
		else if (precision === PRECISION.hour) time = `${pad(columns.hour[i])}:00`;
	} else {
		const m = columns.monthIndex[i];
		date = `${pad(monthOf(m))}/${yearOf(m)}`;
	}
	return {
		file: columns.sources[columns.source[i]] ?? '',
		line: columns.line[i],
		date,
		time,
		group: groupKey ? OFFENCE_GROUP_LABELS[groupKey] : `Group ${columns.group[i]}`
	};
}

export interface CellDetailInput {
	columns: IncidentColumns;
	/** Rows in the cell passing every filter (Cube.cellRows), in row order. */
	rows: ArrayLike<number>;
	resolution: MappedResolution;
	cellIndex: number;
	datasetId: string;
	lsoaNames: readonly string[];
	/** IMD 2025 decile per LSOA index (0 or absent = unknown), e.g. from lsoaDeciles() over data/tables/lsoa21.csv. */
	lsoaDeciles?: ArrayLike<number>;
	/** The hexagon's own IMD 2025 decile (0 or absent = unknown). */
	hexDecile?: number;
	/** Cube.cellTopLocation for the cell (0 or absent = not known). */
	topLocation?: number;
}

/** Builds the detail from the rows the cube pass listed; never mutates the columns. */
export function cellDetail({ columns, rows, resolution, cellIndex, datasetId, lsoaNames, lsoaDeciles, hexDecile = 0, topLocation = 0 }: CellDetailInput): CellDetail {
	const groups = new Map<number, number>();
	const lsoas = new Map<number, number>();
	const districts = new Map<number, number>();
	// Every row in an LSOA carries that LSOA's district (both come from one point-in-polygon test).
	const lsoaDistrict = new Map<number, number>();
	const hours = new Array<number>(24).fill(0);
	let hourUnknown = 0;
	let monthMin = Infinity;
	let monthMax = -Infinity;
	for (let k = 0; k < rows.length; k++) {
		const m = columns.monthIndex[rows[k]];
		if (m < monthMin) monthMin = m;
		if (m > monthMax) monthMax = m;
	}
	const months = rows.length ? new Array<number>(monthMax - monthMin + 1).fill(0) : [];
	const out: SourceRowRef[] = [];
	for (let k = 0; k < rows.length; k++) {
		const i = rows[k];
		groups.set(columns.group[i], (groups.get(columns.group[i]) ?? 0) + 1);
		lsoas.set(columns.lsoa[i], (lsoas.get(columns.lsoa[i]) ?? 0) + 1);
		lsoaDistrict.set(columns.lsoa[i], columns.district[i]);
		districts.set(columns.district[i], (districts.get(columns.district[i]) ?? 0) + 1);
		const h = columns.hour[i];
		if (h === UNKNOWN_U8) hourUnknown++;
		else hours[h]++;
		months[columns.monthIndex[i] - monthMin]++;
		if (out.length < DETAIL_ROW_LIMIT) out.push(sourceRow(columns, i));
	}
	const lsoaList: DetailLsoa[] = [...lsoas]
		.filter(([index]) => index !== UNKNOWN_U16)
		.map(([index, count]) => {
			const decile = lsoaDeciles?.[index] ?? 0;
			const districtIndex = lsoaDistrict.get(index) ?? UNKNOWN_U16;
			return {
				code: columns.lsoaCodes[index] ?? '',
				name: lsoaNames[index] ?? '',
				district: DISTRICTS[districtIndex]?.code ?? '',
				imdDecile: decile >= 1 && decile <= 10 ? decile : null,
				count
			};
		})
		.sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
	return {
		resolution,
		cellIndex,
		cell: columns.cells[resolution][cellIndex] ?? '',
		datasetId,
		hexDecile: hexDecile >= 1 && hexDecile <= 10 ? hexDecile : null,
		total: rows.length,
		topLocation,
		groups: sortedCounts(groups, (g) => {
			const key = OFFENCE_GROUP_KEYS[g];
			return key ? OFFENCE_GROUP_LABELS[key] : `Group ${g}`;
		}),
		hours,
		hourUnknown,
		monthStart: rows.length ? monthMin : 0,
		months,
		lsoas: lsoaList,
		districts: sortedCounts(districts, (d) => DISTRICTS[d]?.label ?? 'Outside or unknown'),
		rows: out
	};
}
