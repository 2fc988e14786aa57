/**
 * An exported table as a file the browser can save: CSV (always loaded) or XLSX, whose writer is fetched
 * only when someone asks for a spreadsheet.
 */
import { tableCsv, type ExportTable } from '$lib/analysis/exports/export-table';
import type { ExportContext } from '$lib/analysis/exports/export-header';
import { xlsxSheetData } from '$lib/analysis/exports/xlsx-sheet';

export type TableFormat = 'csv' | 'xlsx';

export async function tableFile(table: ExportTable, ctx: ExportContext, format: TableFormat): Promise<{ name: string; blob: Blob }> {
	if (format === 'csv') return { name: `${table.name}.csv`, blob: new Blob([tableCsv(table, ctx)], { type: 'text/csv;charset=utf-8' }) };
	const { default: writeExcelFile } = await import('write-excel-file/universal');
	const blob = await writeExcelFile(xlsxSheetData(table, ctx) as never, { sheet: table.name.slice(0, 31) } as never).toBlob();
	return { name: `${table.name}.xlsx`, blob };
}
