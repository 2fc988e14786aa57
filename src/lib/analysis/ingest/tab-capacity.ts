/**
 * Whether an import fits in a browser tab, judged before a byte is read into the worker: rows are estimated from
 * the files' size and the bytes per line of a sample of their text, and memory from what `npm run perf` measured a
 * tab to hold per imported row (scripts/perf, "import 5,000,000 rows in the tab"). A tab past its memory is killed
 * by the browser without warning, losing everything on screen, so an import estimated past the ceiling is refused.
 */

/** Renderer memory per imported row: the largest slope between the perf runs' 2,000,000 and 5,000,000-row imports (127-204 bytes), rounded up. */
export const TAB_BYTES_PER_ROW = 210;
/** Renderer memory with no import held (page, map, demo): the largest intercept of the same runs (504-571 MB), rounded up. */
export const TAB_BASE_BYTES = 580 * 2 ** 20;
/** What one tab may safely hold here: below the 4 GiB heap cage of each JavaScript thread and a laptop's free memory. */
export const TAB_CEILING_BYTES = 3 * 2 ** 30;

export interface TabEstimate {
	rows: number;
	bytesPerLine: number;
	/** Estimated renderer memory with the import held. */
	bytes: number;
	fits: boolean;
}

/** Average bytes per line in a sample of text (the last, possibly cut, line left out); null when it holds no whole line. */
export function bytesPerLine(sample: Uint8Array): number | null {
	let lines = 0;
	let lastEnd = 0;
	for (let i = 0; i < sample.length; i++) {
		if (sample[i] === 10) {
			lines++;
			lastEnd = i + 1;
		}
	}
	return lines === 0 ? null : lastEnd / lines;
}

/** The estimate for `totalBytes` of text whose lines average `perLine` bytes. */
export function estimateTab(totalBytes: number, perLine: number, ceiling = TAB_CEILING_BYTES): TabEstimate {
	const rows = Math.ceil(totalBytes / perLine);
	const bytes = TAB_BASE_BYTES + rows * TAB_BYTES_PER_ROW;
	return { rows, bytesPerLine: perLine, bytes, fits: bytes <= ceiling };
}

const GB = 2 ** 30;
const gb = (bytes: number) => (bytes / GB).toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** What the page says when an import would not fit: plain words, the figures it rests on, and what to do instead. */
export function tooLargeMessage(e: TabEstimate, totalBytes: number, ceiling = TAB_CEILING_BYTES): string {
	const millions = (e.rows / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 });
	return (
		`Not imported: these files hold about ${millions} million rows (${gb(totalBytes)} GB at about ${Math.round(e.bytesPerLine)} bytes a row). ` +
		`Holding them would take about ${gb(e.bytes)} GB in this tab, more than the ${gb(ceiling)} GB it can safely use, and the browser would close the tab without warning. ` +
		'Import fewer months or a smaller area at a time (the data on screen is unchanged).'
	);
}
