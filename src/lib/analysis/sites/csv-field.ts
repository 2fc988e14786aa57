/** One CSV field as this folder writes it: formula-like text neutralised, quoted when it must be. */
import { isFormulaLike, neutraliseFormula } from '../ingest/cell-safety';

export function csvField(value: string | number | null | undefined): string {
	const text = neutraliseFormula(value === null || value === undefined ? '' : String(value));
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Undoes neutraliseFormula on read, so a name beginning "=" survives export and import unchanged. */
export function restoreFormula(value: string): string {
	return value.startsWith("'") && isFormulaLike(value, 1, value.length) ? value.slice(1) : value;
}
