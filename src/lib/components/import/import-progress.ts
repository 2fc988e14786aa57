/**
 * The progress line under the import bar: rows read and megabytes, in en-GB whatever the browser's locale.
 */
import type { ImportProgress } from '$lib/analysis/ingest/import-request';
import { formatCount, formatMegabytes } from './row-report-model';

/** "12,345 rows read · 3.2 of 45.0 MB". */
export function progressText(progress: Pick<ImportProgress, 'rowsRead' | 'bytesRead' | 'totalBytes'>): string {
	const noun = progress.rowsRead === 1 ? 'row' : 'rows';
	return `${formatCount(progress.rowsRead)} ${noun} read · ${formatMegabytes(progress.bytesRead)} of ${formatMegabytes(progress.totalBytes)} MB`;
}

/** The bar's value, clamped: a zip's inflated bytes can outrun its size on disk. */
export function progressValue(progress: Pick<ImportProgress, 'bytesRead' | 'totalBytes'>): number {
	return Math.min(progress.bytesRead, progress.totalBytes);
}
