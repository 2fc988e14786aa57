import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createIngest, NUMERIC_COLUMNS } from '$lib/analysis/ingest';
import { seededRandom } from '$lib/analysis/ingest/fixtures/seeded-random';
import { ingestPart } from '$lib/analysis/ingest/parallel-ingest';
import { connection } from '$lib/storage/atlas-db';
import { indexedDbDatasets } from '$lib/storage/dataset-store';
import { freshIndexedDb } from '$lib/test-support/fresh-indexeddb';
import { readAssignmentAreas } from '../../../scripts/assignment-areas';
import { AtlasService } from './atlas-service';
import { chunksOf } from './file-sources';
import { importInParts } from './parallel-import';
import type { DataLoader, PartJob, PartReader } from './ports';

const DATA = new URL('../../../data/', import.meta.url);
const nodeLoader: DataLoader = {
	text: (path) => readFile(new URL(path, DATA), 'utf8'),
	bytes: async (path) => new Uint8Array(await readFile(new URL(path, DATA)))
};
const NOW = Date.parse('2026-12-05T12:00:00Z');
const AREAS = readAssignmentAreas();
const NAME = '2024-kent-street.csv';

/** A seeded police.uk file over Kent: repeated and unique points, rejects and quoted fields throughout. */
function kentCsv(rows: number): File {
	const rand = seededRandom(7);
	const lines = ['Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context'];
	for (let i = 0; i < rows; i++) {
		const r = rand();
		const month = `2024-${String(1 + (i % 12)).padStart(2, '0')}`;
		const lng = r < 0.4 ? (0.5 + (i % 40) / 100).toFixed(6) : (0.3 + rand()).toFixed(6);
		const lat = r < 0.4 ? (51.2 + (i % 30) / 200).toFixed(6) : (51.05 + rand() * 0.4).toFixed(6);
		if (r < 0.01) lines.push(`x${i},${month},Kent Police,Kent Police,,,No Location,,,Robbery,,`);
		else if (r < 0.02) lines.push(`x${i},${month},Kent Police`);
		else lines.push(`x${i},${month},Kent Police,Kent Police,${lng},${lat},"On or near ""Road"" ${i % 9}",,,${r < 0.5 ? 'Violence and sexual offences' : 'Shoplifting'},,`);
	}
	return new File([lines.join('\r\n') + '\r\n'], NAME);
}

/** The nested worker's job done on this thread, counting the parts it reads. */
function inProcessReader(): PartReader & { reads: number } {
	return {
		minBytes: 0,
		reads: 0,
		async read(job: PartJob, { signal, onProgress }) {
			this.reads++;
			const ingest = createIngest({ areas: AREAS, ...job.options });
			return ingestPart(ingest, { name: job.name, sizeBytes: job.sizeBytes, part: 'second', header: job.header, chunks: chunksOf(job.bytes) }, { signal, onChunk: () => onProgress?.(ingest.progress()) });
		}
	};
}

function service(partReader?: PartReader) {
	freshIndexedDb();
	return new AtlasService({ data: nodeLoader, store: indexedDbDatasets(connection()), now: () => NOW, partReader });
}

async function imported(s: AtlasService, file: File, onProgress?: (p: { bytesRead: number; totalBytes: number; filesDone: number }) => void) {
	const answer = await s.call('importFiles', { files: [{ file, name: file.name }], settings: {} }, { onProgress });
	if (answer === 'cancelled') throw new Error('not cancelled');
	const columns = s.session!.columns;
	return { report: JSON.stringify(answer.dataset!.report), id: answer.dataset!.id, columns: NUMERIC_COLUMNS.map((k) => Buffer.from(columns[k].buffer, columns[k].byteOffset, columns[k].byteLength).toString('base64')), cells: JSON.stringify(columns.cells) };
}

describe('importFiles with a PartReader', () => {
	const file = kentCsv(30_000);

	it('reads a large CSV in two parts into exactly the dataset one pass gives, reporting progress to the end', async () => {
		const reader = inProcessReader();
		const progress: { bytesRead: number; totalBytes: number; filesDone: number }[] = [];
		const twoParts = await imported(service(reader), file, (p) => progress.push(p));
		expect(reader.reads).toBe(1);
		expect(twoParts).toEqual(await imported(service(), file));
		expect(progress.at(-1)).toMatchObject({ bytesRead: file.size, totalBytes: file.size, filesDone: 1 });
		// The parts were merged, not read again in one pass.
		expect(await importInParts([{ file, name: file.name }], { areas: AREAS, format: 'auto', now: NOW }, inProcessReader())).not.toBeNull();
	});

	it('reads in one pass when the second thread fails, and for files under its minimum', async () => {
		const failing: PartReader = { minBytes: 0, read: async () => Promise.reject(new Error('no second thread')) };
		expect(await imported(service(failing), file)).toEqual(await imported(service(), file));
		const reader = { ...inProcessReader(), minBytes: file.size + 1 };
		await imported(service(reader), file);
		expect(reader.reads).toBe(0);
	});

	it('stops both parts when cancelled', async () => {
		const reader = inProcessReader();
		const s = service(reader);
		const controller = new AbortController();
		const answer = await s.call('importFiles', { files: [{ file, name: file.name }], settings: {} }, { signal: controller.signal, onProgress: () => controller.abort() });
		expect(answer).toBe('cancelled');
		expect(s.session).toBeNull();
	});
});
