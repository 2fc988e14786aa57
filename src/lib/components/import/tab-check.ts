/**
 * Before an import starts: would the chosen files fit in this tab? Reads only the first 64 KB of the largest text
 * file (for its bytes per line); zips and GeoJSON are left to the worker (a zip's rows cannot be told from its size,
 * and GeoJSON has its own limit). Files over the per-file limit are refused by the worker anyway, so not counted.
 */
import { bytesPerLine, estimateTab, tooLargeMessage } from '$lib/analysis/ingest/tab-capacity';

const SAMPLE_BYTES = 64 * 1024;

interface CheckedFile {
	file: Blob & { size: number };
	name: string;
}

/** The refusal message when the files would not fit in the tab, else null. */
export async function tabRefusal(files: readonly CheckedFile[], maxFileBytes: number): Promise<string | null> {
	const text = files.filter((f) => !/\.(zip|geojson|json)$/i.test(f.name) && f.file.size <= maxFileBytes);
	if (text.length === 0) return null;
	const total = text.reduce((sum, f) => sum + f.file.size, 0);
	const largest = text.reduce((a, b) => (b.file.size > a.file.size ? b : a));
	const perLine = bytesPerLine(new Uint8Array(await largest.file.slice(0, SAMPLE_BYTES).arrayBuffer()));
	// No whole line in 64 KB: not a table of rows this check can judge; the worker's own limits apply.
	if (perLine === null) return null;
	const estimate = estimateTab(total, perLine);
	return estimate.fits ? null : tooLargeMessage(estimate, total);
}
