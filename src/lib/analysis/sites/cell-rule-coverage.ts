/**
 * Coverage by hexagon centre under a rule with hours or ages: each incident is judged against the catchments
 * holding its hexagon's centre, so a hexagon inside a Friday-night catchment whose incidents happen on Monday
 * afternoons still ranks as a gap. Under space only this gives what the cell mask alone gives.
 */
import { catchmentContains, type Catchment } from './catchment';
import { judgeRow, type RowCoverage } from './coverage';
import { VERDICT, type WhenColumns } from './coverage-when';

export interface CellRowInput {
	/** Cell index per row at the resolution. */
	cellOfRow: ArrayLike<number>;
	/** Per cell, the programme bits of the catchments holding its centre (cellCoverageMask; 0 = none). */
	cellMask: Uint16Array;
	centres: { lng: ArrayLike<number>; lat: ArrayLike<number> };
	catchments: readonly Catchment[];
	columns: WhenColumns;
}

/**
 * Per row: programme bits and verdict against the catchments holding its hexagon's centre. Depends only on the
 * sites and the resolution, not the filters, so the caller can keep it while the filters change.
 */
export function cellRowCoverage(input: CellRowInput): RowCoverage {
	const { cellOfRow, cellMask, centres, catchments, columns } = input;
	const n = cellOfRow.length;
	const rows: RowCoverage = { mask: new Uint16Array(n), verdict: new Uint8Array(n) };
	// Catchments holding each covered centre, found the first time a row of that cell is met.
	const holding = new Map<number, Uint16Array>();
	for (let i = 0; i < n; i++) {
		const cell = cellOfRow[i];
		if (cellMask[cell] === 0) continue;
		let list = holding.get(cell);
		if (!list) {
			const found: number[] = [];
			for (let k = 0; k < catchments.length; k++) if (catchmentContains(catchments[k], centres.lng[cell], centres.lat[cell])) found.push(k);
			holding.set(cell, (list = Uint16Array.from(found)));
		}
		const packed = judgeRow(catchments, list, columns, i);
		rows.mask[i] = packed >> 2;
		rows.verdict[i] = packed & 3;
	}
	return rows;
}

export interface CellGapCounts {
	/** Per cell: passing incidents not covered, and those whose time or age cannot be matched. */
	notCovered: Uint32Array;
	timeUnknown: Uint32Array;
	ageUnknown: Uint32Array;
}

/** Per cell, the incidents passing the filters (pass[i] = 1) by verdict: what the gap table ranks under a rule. */
export function cellGapCounts(cellOfRow: ArrayLike<number>, pass: Uint8Array, verdict: Uint8Array, cellCount: number): CellGapCounts {
	const counts = [new Uint32Array(cellCount), new Uint32Array(cellCount), new Uint32Array(cellCount), new Uint32Array(cellCount)];
	for (let i = 0; i < pass.length; i++) if (pass[i] === 1) counts[verdict[i]][cellOfRow[i]]++;
	return { notCovered: counts[VERDICT.notCovered], timeUnknown: counts[VERDICT.timeUnknown], ageUnknown: counts[VERDICT.ageUnknown] };
}
