import { describe, expect, it } from 'vitest';
import { importFilesOf, importFilesOfEntries, oversized, type DroppedEntry } from './import-files';

const picked = (name: string, size = 10, webkitRelativePath = '') => ({ name, size, webkitRelativePath });

describe('importFilesOf', () => {
	it.each([
		{ name: 'plain files keep their names, sorted', files: [picked('b-street.csv'), picked('a-street.csv')], names: ['a-street.csv', 'b-street.csv'] },
		{
			name: 'a folder keeps relative paths',
			files: [picked('2024-02-kent-street.csv', 1, 'police/2024-02/2024-02-kent-street.csv'), picked('2024-01-kent-street.csv', 1, 'police/2024-01/2024-01-kent-street.csv')],
			names: ['police/2024-01/2024-01-kent-street.csv', 'police/2024-02/2024-02-kent-street.csv']
		},
		{ name: 'nothing picked', files: [], names: [] }
	])('$name', ({ files, names }) => expect(importFilesOf(files).map((f) => f.name)).toEqual(names));
});

describe('oversized', () => {
	it.each([
		{ limit: 100, sizes: [99, 100, 101], over: [101] },
		{ limit: 1, sizes: [], over: [] }
	])('limit $limit', ({ limit, sizes, over }) => {
		const files = importFilesOf(sizes.map((s, i) => picked(`f${i}.csv`, s)));
		expect(oversized(files, limit).map((f) => f.file.size)).toEqual(over);
	});
});

/** Fake entries as Chromium's drop gives them: directories answer readEntries in batches, then empty. */
function fakeFile(fullPath: string): DroppedEntry & { file: (ok: (f: File) => void) => void } {
	return { isFile: true, isDirectory: false, fullPath, file: (ok) => ok(new File(['x'], fullPath.split('/').pop()!)) };
}
function fakeDir(fullPath: string, children: DroppedEntry[], batch = 2) {
	return {
		isFile: false,
		isDirectory: true,
		fullPath,
		createReader() {
			let at = 0;
			return {
				readEntries(ok: (e: DroppedEntry[]) => void) {
					ok(children.slice(at, at + batch));
					at += batch;
				}
			};
		}
	};
}

describe('importFilesOfEntries', () => {
	it('walks folders across batches, keeps paths without the leading slash, sorts by name', async () => {
		const months = ['2024-03', '2024-01', '2024-02'].map((m) => fakeDir(`/police/${m}`, [fakeFile(`/police/${m}/${m}-kent-street.csv`)]));
		const entries = [fakeFile('/extra-street.csv'), fakeDir('/police', months)];
		const files = await importFilesOfEntries(entries);
		expect(files.map((f) => f.name)).toEqual([
			'extra-street.csv',
			'police/2024-01/2024-01-kent-street.csv',
			'police/2024-02/2024-02-kent-street.csv',
			'police/2024-03/2024-03-kent-street.csv'
		]);
		expect(files[1].file.name).toBe('2024-01-kent-street.csv');
	});

	it('an empty folder gives nothing', async () => {
		expect(await importFilesOfEntries([fakeDir('/empty', [])])).toEqual([]);
	});
});
