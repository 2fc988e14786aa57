/**
 * One table as every export writes it (CSV, XLSX, figure insets): typed columns, so counts go through
 * disclosure control and a rate or share is withheld where the count it comes from is suppressed.
 */
import { csvField } from '../sites/csv-field';
import { discloseCount, type DisclosureSetting } from '../disclosure/disclosure';
import { headerEntries, type ExportContext } from './export-header';

export type ColumnKind =
	/** Words: names, codes, notes. */
	| 'text'
	/** A count of incidents: controlled. */
	| 'count'
	/** A number that is not a count (a z-score, a coordinate, a rank). */
	| 'number'
	/** A rate, share or weighted sum worked out from the counts in columns `of`: withheld where any of them is suppressed. */
	| 'derived';

export interface ExportColumn {
	key: string;
	label: string;
	kind: ColumnKind;
	/** For 'derived': the indices of the count columns it depends on. */
	of?: number[];
	/** Decimal places for numbers (none = as computed). */
	digits?: number;
}

export type Cell = string | number | null;

export interface ExportTable {
	/** File stem and sheet name: "district-table". */
	name: string;
	title: string;
	columns: ExportColumn[];
	rows: Cell[][];
}

/** The rows as they may leave the machine: numbers where shown, text where suppressed or withheld. */
export function disclosedRows(table: ExportTable, s: DisclosureSetting): Cell[][] {
	return table.rows.map((row) =>
		row.map((value, i) => {
			const col = table.columns[i];
			if (value === null || typeof value === 'string') return value;
			if (col.kind === 'count') {
				const d = discloseCount(value, s);
				return d.suppressed ? d.text : d.value;
			}
			if (col.kind === 'derived' && col.of?.some((j) => typeof row[j] === 'number' && discloseCount(row[j] as number, s).suppressed)) return 'withheld';
			return col.digits === undefined ? value : Number(value.toFixed(col.digits));
		})
	);
}

/** CSV for spreadsheets: UTF-8 with a byte-order mark (Excel reads it as UTF-8), the header block, a blank line, then the table. */
export function tableCsv(table: ExportTable, ctx: ExportContext): string {
	const line = (cells: readonly Cell[]) => cells.map(csvField).join(',');
	const lines = [line([table.title]), ...headerEntries(ctx).map(([k, v]) => line([k, v])), '', line(table.columns.map((c) => c.label)), ...disclosedRows(table, ctx.disclosure).map(line)];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
