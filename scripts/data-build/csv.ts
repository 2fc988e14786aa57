/** Minimal RFC 4180 CSV reading and writing: quoted fields, embedded commas and quotes, BOM and CRLF. */

/** Parses CSV text into rows of strings keyed by the header; the BOM and CRLF endings are tolerated. */
export function parseCsv(text: string): Record<string, string>[] {
	const rows = parseRows(text.replace(/^\uFEFF/, ''));
	const header = rows.shift();
	if (!header) return [];
	return rows
		.filter((row) => !(row.length === 1 && row[0] === ''))
		.map((row, i) => {
			if (row.length !== header.length) {
				throw new Error(`CSV row ${i + 2} has ${row.length} fields, header has ${header.length}`);
			}
			return Object.fromEntries(header.map((name, j) => [name, row[j]]));
		});
}

function parseRows(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

export type CsvValue = string | number | null;

function formatField(value: CsvValue): string {
	if (value === null) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes rows under a fixed header with LF endings and a final newline, so output is byte-stable. */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	return [header, ...rows].map((row) => row.map(formatField).join(',')).join('\n') + '\n';
}
