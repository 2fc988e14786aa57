/**
 * Saves text the page already holds as a file: a Blob behind a temporary object URL and <a download>,
 * so nothing is sent anywhere.
 */

/** Starts a download of `text` as `filename`; mime defaults to CSV. */
export function downloadText(filename: string, text: string, mime = 'text/csv'): void {
	downloadBlob(filename, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/** Saves any file the page made (a figure, a spreadsheet, a zip). */
export function downloadBlob(filename: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked on the next task: the click has handed the URL to the download by then.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
