/**
 * Seeded police.uk-format CSV files on disk for the perf run: generated a million rows at a time (each block its
 * own seed) so a 5,000,000-row file never sits in memory whole; the header is written once.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { generatePoliceUkCsv, type GenerateOptions } from '../bench/generate';

const BLOCK = 1_000_000;

export function writeGeneratedCsv(path: string, rows: number, seed: number, sharedDir: string, options: GenerateOptions = {}): number {
	const fd = openSync(path, 'w');
	let bytes = 0;
	try {
		for (let done = 0, block = 0; done < rows; done += BLOCK, block++) {
			const csv = generatePoliceUkCsv(Math.min(BLOCK, rows - done), seed + block, sharedDir, options);
			csv.chunks.forEach((chunk, i) => {
				// Every block starts with the header line; only the first block's is kept.
				const text = block > 0 && i === 0 ? chunk.slice(chunk.indexOf('\n') + 1) : chunk;
				bytes += writeSync(fd, text);
			});
		}
	} finally {
		closeSync(fd);
	}
	return bytes;
}
