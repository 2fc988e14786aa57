/**
 * Counts inside sentences built in the worker ("05/2025 above the upper limit (42 against 38.1)") are written as
 * tokens and filled where the sentence is shown or exported, so the screen's briefing mode and every export's
 * disclosure control reach them as they reach a table's count column.
 */

const TOKEN = /\{c:(\d+)\}/g;

export function countToken(n: number): string {
	return `{c:${n}}`;
}

/** The text with each count written by `format` (disclosedText for exports, the screen's count in the page). */
export function fillCounts(text: string, format: (n: number) => string): string {
	return text.replace(TOKEN, (_, n: string) => format(Number(n)));
}

/** Counts as they are, with thousands separators: for tests and unrestricted use. */
export const plainCount = (n: number): string => n.toLocaleString('en-GB');
