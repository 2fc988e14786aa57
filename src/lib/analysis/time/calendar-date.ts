/**
 * Plain calendar dates (a filter's range, a site's start and end): read as dd/mm/yyyy (UK; also - or .) or
 * yyyy-mm-dd, held as "YYYY-MM-DD", shown as dd/mm/yyyy. The one parser and formatter of such dates, used by
 * the analysis and the interface alike; incident date-times in imports go through uk-date.ts.
 */

function iso(y: number, m: number, d: number): string | undefined {
	const date = new Date(Date.UTC(y, m - 1, d));
	// Date.UTC rolls 31/02 into March; a real date round-trips unchanged.
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** null for an empty value, undefined for one that is not a date, else "YYYY-MM-DD". */
export function parseCalendarDate(value: unknown): string | null | undefined {
	if (value === null || value === undefined) return null;
	const text = String(value).trim();
	if (text === '') return null;
	let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
	if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
	m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
	if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
	return undefined;
}

/** "YYYY-MM-DD" as dd/mm/yyyy; "" for null. */
export function formatUkDate(date: string | null): string {
	if (!date) return '';
	return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
