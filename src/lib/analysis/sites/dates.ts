/** Site dates: read as dd/mm/yyyy (UK) or yyyy-mm-dd, held as "YYYY-MM-DD", shown as dd/mm/yyyy. */

function iso(y: number, m: number, d: number): string | undefined {
	const date = new Date(Date.UTC(y, m - 1, d));
	// Date.UTC rolls 31/02 into March; a real date round-trips unchanged.
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** null for an empty value, undefined for one that is not a date, else "YYYY-MM-DD". */
export function parseSiteDate(value: unknown): string | null | undefined {
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
	const [y, m, d] = date.split('-');
	return `${d}/${m}/${y}`;
}
