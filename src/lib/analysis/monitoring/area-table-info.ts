/** An area-level table as lists show it (without its rows), and the outcome of importing one. */
import type { AggregateReport, AggregateTable } from '../aggregates';

export interface AreaTableInfo {
	id: string;
	name: string;
	/** Shown under every chart that reads it. */
	caption: string;
	synthetic: boolean;
	rows: number;
	measures: readonly string[];
	periodKind: AggregateTable['periodKind'];
	/** First and last month covered. */
	months: [number, number];
}

export type AreaTableImport = { ok: true; tables: AreaTableInfo[]; report: AggregateReport; id: string } | { ok: false; report: AggregateReport; tables: AreaTableInfo[] };

/** A table as kept between sessions: what lists show, and its rows. */
export interface KeptAreaTable extends AreaTableInfo {
	table: AggregateTable;
}

/** An area-level measure per district over the months the district table shows, marked as such wherever it is drawn. */
export interface AreaTotals {
	label: string;
	caption: string;
	/** Per district in DISTRICTS order; null where the table cannot give the district's total for these months. */
	byDistrict: (number | null)[];
	/** First and last month the totals cover: whole periods of the table inside the months asked for. */
	months: [number, number] | null;
	/** Periods of the table that only partly overlap the months asked for, left out. */
	partial: number;
}
