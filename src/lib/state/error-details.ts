/**
 * The text a user copies into a bug report: what failed, where and in which version, never incident data.
 * Messages can quote a file's cells or an incident's place, so quoted text, coordinates and long numbers are
 * masked; the stack names only the app's own code.
 */

export interface ErrorDetailsInput {
	version: string;
	/** When it happened (ms since the epoch). */
	at: number;
	userAgent: string;
	/** What the app was doing, in plain words. */
	where: string;
	error: unknown;
}

/** Masks what could be data: quoted text, decimal numbers (coordinates), runs of 4+ digits (ids, dates). */
export function maskData(text: string): string {
	return text
		.replace(/"[^"\n]*"|'[^'\n]*'|“[^”\n]*”|‘[^’\n]*’/g, '"…"')
		.replace(/-?\d+\.\d+/g, '#.#')
		.replace(/\d{4,}/g, '#');
}

export function errorDetails({ version, at, userAgent, where, error }: ErrorDetailsInput): string {
	const e = error instanceof Error ? error : new Error(String(error));
	const { code } = e as { code?: unknown };
	// Only the frames' function names and code locations, each masked like the message.
	const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at\s|@/.test(l)).slice(0, 12).map((l) => `  ${maskData(l.trim())}`);
	return [
		`Hotspot Atlas ${version}`,
		`When: ${new Date(at).toISOString()}`,
		`Browser: ${userAgent}`,
		`Doing: ${where}`,
		`Error: ${e.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${maskData(e.message)}`,
		...(frames.length ? ['Stack:', ...frames] : []),
		'(No incident data, file contents or places are included.)'
	].join('\n');
}
