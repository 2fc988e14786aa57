/**
 * The header and rows of a sample of delimited text, through the same CsvScanner the ingest uses.
 * A sample cut mid-file loses its last, possibly partial, line.
 */
import { CsvScanner } from './csv-scanner';
import type { Delimiter } from './sniff';

export interface SampleRecord {
	line: number;
	fields: string[];
}

export function sampleRecords(sample: string, delimiter: Delimiter, options: { complete?: boolean } = {}): { headers: string[]; rows: SampleRecord[] } {
	const cut = options.complete ? sample : sample.slice(0, sample.lastIndexOf('\n') + 1) || sample;
	const records: SampleRecord[] = [];
	const scanner = new CsvScanner(
		(r) => {
			if (r.ok && !r.isBlank()) records.push({ line: r.line, fields: Array.from({ length: r.count }, (_, i) => r.field(i)) });
		},
		{ delimiter }
	);
	scanner.push(cut);
	scanner.end();
	const [header, ...rows] = records;
	return { headers: header?.fields.map((h) => h.trim()) ?? [], rows };
}
