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
