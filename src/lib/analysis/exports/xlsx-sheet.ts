/** One exported table as spreadsheet rows (write-excel-file's sheet data): the header block, a blank row, then the table, numbers kept as numbers. */
import { neutraliseFormula } from '../ingest/cell-safety';
import { headerEntries, type ExportContext } from './export-header';
import { disclosedRows, type ExportTable } from './export-table';

export type SheetCell = { value: string | number; type?: typeof String | typeof Number; fontWeight?: 'bold' } | null;

const text = (value: string, bold = false): SheetCell => ({ value: neutraliseFormula(value), type: String, ...(bold && { fontWeight: 'bold' as const }) });

export function xlsxSheetData(table: ExportTable, ctx: ExportContext): SheetCell[][] {
	return [
		[text(table.title, true)],
		...headerEntries(ctx).map(([k, v]) => [text(k, true), text(v)]),
		[],
		table.columns.map((c) => text(c.label, true)),
		...disclosedRows(table, ctx.disclosure).map((row) => row.map((v) => (v === null ? null : typeof v === 'number' ? { value: v, type: Number } : text(v))))
	];
}
