import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countsOf, rowTuples } from '$lib/test-support/grow-fixtures';
import { filesPresent } from '$lib/test-support/required-files';
import { toMonthIndex } from '$lib/analysis/time/month-index';
import { AtlasService } from './atlas-service';
import { freshStore, nodeLoader } from '$lib/test-support/node-service';
import type { DatasetAnswer } from './requests';

const POLICE = new URL('../../../../shared/data/open/police_uk_street_kent/', import.meta.url);
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04'];
const REAL = MONTHS.map((m) => new URL(`${m}/${m}-kent-street.csv`, POLICE));
const JAN = toMonthIndex(2024, 1);
const NOW = Date.parse('2026-12-05T12:00:00Z');
const HEADER = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n';



function service(store = freshStore()) {
	let clock = NOW;
	// Each import a minute after the last, so the history's order is the order of the imports.
	return { store, service: new AtlasService({ data: nodeLoader, store, now: () => (clock += 60_000) }) };
}

/** A police.uk month file of `n` rows at distinct points over Maidstone, one group per row in turn. */
function monthFile(month: string, n: number, name = `${month}-kent-street.csv`, shift = 0): File {
	const types = ['Violence and sexual offences', 'Robbery', 'Public order'];
	const lines = Array.from({ length: n }, (_, i) => `,${month},Kent Police,Kent Police,${(0.5 + i * 0.0013 + shift).toFixed(6)},${(51.25 + (i % 7) * 0.002).toFixed(6)},On or near X,,,${types[i % 3]},,`);
	return new File([HEADER + lines.join('\n') + '\n'], name);
}

const pick = (file: File, name = file.name) => ({ file, name });
const nameOf = (url: URL) => url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
const real = (url: URL) => new File([readFileSync(url)], nameOf(url));

async function landed(answer: Promise<DatasetAnswer | 'cancelled'>): Promise<DatasetAnswer> {
	const a = await answer;
	if (a === 'cancelled') throw new Error('cancelled');
	return a;
}

describe('a dataset that grows', () => {
	it.skipIf(!filesPresent(REAL, 'the four police.uk 2024 months'))('counts the four police.uk 2024 months added one at a time as one import of all four', async () => {
		const { service: once } = service();
		await landed(once.call('importFiles', { files: REAL.map((p) => pick(real(p))), settings: {} }));
		const { service: s, store } = service();
		const first = await landed(s.call('importFiles', { files: [pick(real(REAL[0]))], settings: {}, mode: 'new' }));
		const checksums = [first.dataset!.checksum];
		for (const path of REAL.slice(1)) {
			const answer = await landed(s.call('importFiles', { files: [pick(real(path))], settings: {}, mode: 'add' }));
			expect(answer.dataset!.id).toBe(first.dataset!.id);
			expect(answer.added?.months.map((m) => m.change)).toEqual(['added']);
			checksums.push(answer.dataset!.checksum);
		}
		expect(new Set(checksums).size).toBe(4);
		const [a, b] = [s.session!, once.session!];
		expect(countsOf(a.columns)).toEqual(countsOf(b.columns));
		expect([a.summary.rows, a.summary.inArea, a.summary.inAreaSerious, a.summary.monthRange]).toEqual([b.summary.rows, b.summary.inArea, b.summary.inAreaSerious, b.summary.monthRange]);
		expect(a.summary.report!.total).toEqual(b.summary.report!.total);
		const history = await s.call('importHistory', {});
		expect(history.map((r) => [r.files[0].name, r.months, r.inDataset])).toEqual(REAL.map((url, i) => [nameOf(url), [JAN + i], b.summary.report!.files[i].kept]));
		expect(history.map((r) => r.files[0].sha256)).toEqual(REAL.map((p) => createHash('sha256').update(readFileSync(p)).digest('hex')));
		expect(await s.call('saved', {})).toBe(true);
		expect((await store.list()).datasets.map((d) => d.id)).toEqual([first.dataset!.id]);
	});

	it('imports the same month twice as once: the same counts, reported unchanged, and the dataset before kept for the digest', async () => {
		const { service: s } = service();
		await landed(s.call('importFiles', { files: [pick(monthFile('2024-01', 30)), pick(monthFile('2024-02', 20))], settings: {} }));
		const before = s.session!;
		const again = await landed(s.call('importFiles', { files: [pick(monthFile('2024-01', 30), 'january-again.csv')], settings: {}, mode: 'add' }));
		expect(again.added).toEqual({ importId: `${before.summary.id}#2`, months: [{ monthIndex: JAN, change: 'unchanged', before: 30, after: 30 }], keptAsBefore: 1, alreadyImported: [] });
		expect(countsOf(s.session!.columns)).toEqual(countsOf(before.columns));
		expect(s.previousSession?.columns).toBe(before.columns);
		expect(s.previousSession?.summary).toBe(before.summary);
		expect(s.lastAdd).toEqual(again.added);
		// The repeat's rows are left out, so the first file keeps January: removing the repeat takes nothing away.
		expect(s.session!.summary.report!.files[0].replaced).toBeUndefined();
		expect(s.session!.summary.report!.files[2]).toMatchObject({ kept: 30, replaced: 30 });
		await landed(s.call('removeImport', { id: again.added!.importId! }));
		expect(countsOf(s.session!.columns)).toEqual(countsOf(before.columns));
		await s.call('loadSample', {});
		expect([s.previousSession, s.lastAdd]).toEqual([null, null]);
	});

	it('keeps its history through a reload, and removing an import takes out exactly its rows and is kept', async () => {
		const { service: s, store } = service();
		const jan = await landed(s.call('importFiles', { files: [pick(monthFile('2024-01', 30))], settings: {} }));
		await landed(s.call('importFiles', { files: [pick(monthFile('2024-02', 20)), pick(monthFile('2024-03', 10))], settings: {}, mode: 'add', name: 'Spring' }));
		// A corrected January replaces the first import's month.
		await landed(s.call('importFiles', { files: [pick(monthFile('2024-01', 25, 'jan-fixed.csv', 0.01))], settings: {}, mode: 'add' }));
		await s.call('saved', {});
		const history = await s.call('importHistory', {});
		expect(history.map((r) => [r.id, r.label, r.kept, r.inDataset])).toEqual([
			[`${jan.dataset!.id}#1`, '2024-01-kent-street.csv', 30, 0],
			[`${jan.dataset!.id}#2`, 'Spring', 30, 30],
			[`${jan.dataset!.id}#3`, 'jan-fixed.csv', 25, 25]
		]);
		expect(history[0].replaced).toEqual([{ monthIndex: JAN, rows: 30, by: `${jan.dataset!.id}#3`, missing: false }]);

		const { service: reloaded } = service(store);
		const restored = await reloaded.call('restore', {});
		expect(restored.dataset!.id).toBe(jan.dataset!.id);
		expect(await reloaded.call('importHistory', {})).toEqual(history);
		expect(rowTuples(reloaded.session!.columns)).toEqual(rowTuples(s.session!.columns));

		const others = rowTuples(reloaded.session!.columns).filter((t) => t.split('|').at(-2) !== 'jan-fixed.csv');
		const removed = await reloaded.call('removeImport', { id: `${jan.dataset!.id}#3` });
		expect(rowTuples(reloaded.session!.columns)).toEqual(others);
		expect(removed.dataset!.id).toBe(jan.dataset!.id);
		expect(countsOf(reloaded.session!.columns).months).toEqual({ [JAN + 1]: 20, [JAN + 2]: 10 });
		expect(removed.dataset!.report!.files.map((f) => f.name)).toEqual(['2024-01-kent-street.csv', '2024-02-kent-street.csv', '2024-03-kent-street.csv']);
		const left = await reloaded.call('importHistory', {});
		expect(left.map((r) => r.id)).toEqual([`${jan.dataset!.id}#1`, `${jan.dataset!.id}#2`]);
		expect(left[0].replaced).toEqual([{ monthIndex: JAN, rows: 30, by: `${jan.dataset!.id}#3`, missing: true }]);
		expect(await reloaded.call('saved', {})).toBe(true);
		expect((await store.history(jan.dataset!.id)).map((r) => r.id)).toEqual(left.map((r) => r.id));

		// The first import has no rows left: removing the other would empty the dataset and is refused; removing it drops only its files.
		await expect(reloaded.call('removeImport', { id: `${jan.dataset!.id}#2` })).rejects.toMatchObject({ code: 'removal_empties' });
		await expect(reloaded.call('removeImport', { id: 'nope' })).rejects.toMatchObject({ code: 'unknown_import' });
		const rows = rowTuples(reloaded.session!.columns).map((t) => t.split('|').slice(0, -2).join('|'));
		const last = await reloaded.call('removeImport', { id: `${jan.dataset!.id}#1` });
		expect(last.dataset!.report!.files.map((f) => f.name)).toEqual(['2024-02-kent-street.csv', '2024-03-kent-street.csv']);
		expect(rowTuples(reloaded.session!.columns).map((t) => t.split('|').slice(0, -2).join('|'))).toEqual(rows);
		expect((await reloaded.call('importHistory', {})).map((r) => r.id)).toEqual([`${jan.dataset!.id}#2`]);
	});

	it('leaves out files whose SHA-256 it has seen, under any name, when asked to (skipSeen)', async () => {
		const { service: s } = service();
		const jan = monthFile('2024-01', 30);
		await landed(s.call('importFiles', { files: [pick(jan)], settings: {} }));
		const session = s.session;
		const none = await landed(s.call('importFiles', { files: [pick(jan, 'renamed.csv')], settings: {}, mode: 'add', skipSeen: true }));
		expect(none.added).toEqual({ importId: null, months: [], keptAsBefore: 1, alreadyImported: ['renamed.csv'] });
		expect(s.session).toBe(session);
		const some = await landed(s.call('importFiles', { files: [pick(jan, 'renamed.csv'), pick(monthFile('2024-02', 5))], settings: {}, mode: 'add', skipSeen: true }));
		expect(some.added?.alreadyImported).toEqual(['renamed.csv']);
		expect(some.added?.months.map((m) => [m.monthIndex, m.change])).toEqual([[JAN + 1, 'added']]);
		expect((await s.call('importHistory', {})).map((r) => r.files.map((f) => f.name))).toEqual([['2024-01-kent-street.csv'], ['2024-02-kent-street.csv']]);
	});

	it('leaves the dataset and its history as they were when an add keeps nothing or is refused', async () => {
		const { service: s, store } = service();
		await landed(s.call('importFiles', { files: [pick(monthFile('2024-01', 30))], settings: {} }));
		await s.call('saved', {});
		const [session, history, kept] = [s.session, await s.call('importHistory', {}), await store.history(s.session!.summary.id)];
		const noPoints = new File([HEADER + ',2024-02,Kent Police,Kent Police,,,No Location,,,Robbery,,\n'], '2024-02-kent-street.csv');
		for (const request of [
			{ files: [pick(noPoints)], settings: {} },
			{ files: [pick(monthFile('2024-02', 5))], settings: {}, maxFileBytes: 10 },
			{ files: [pick(new File([new Uint8Array([0, 1, 2, 0, 0])], 'blob.csv'))], settings: {} }
		]) {
			await expect(s.call('importFiles', { ...request, mode: 'add' })).rejects.toMatchObject({ code: 'nothing_imported' });
			expect(s.session).toBe(session);
			expect(await s.call('importHistory', {})).toEqual(history);
		}
		expect(await s.call('saved', {})).toBe(true);
		expect(await store.history(s.session!.summary.id)).toEqual(kept);

		const controller = new AbortController();
		const cancelled = await s.call('importFiles', { files: [pick(monthFile('2024-02', 300_000))], settings: {}, mode: 'add' }, {
			signal: controller.signal,
			onProgress: (p) => (p.rowsRead > 0 ? controller.abort() : undefined)
		});
		expect(cancelled).toBe('cancelled');
		expect(s.session).toBe(session);
		expect(await s.call('importHistory', {})).toEqual(history);
	});

	it('gives the rows of a dataset kept before imports had ids to one import that can be listed and removed', async () => {
		const { service: s, store } = service();
		const { dataset } = await landed(s.call('importFiles', { files: [pick(monthFile('2024-01', 30))], settings: {} }));
		await s.call('saved', {});
		const old = (await store.load())!;
		for (const f of old.summary.report!.files) delete f.importId;
		await store.save(old, [], 0);
		const { service: fresh } = service(store);
		await fresh.call('restore', {});
		expect(await fresh.call('importHistory', {})).toMatchObject([{ id: `${dataset!.id}#0`, at: 0, kept: 30, inDataset: 30, months: [JAN], files: [{ name: '2024-01-kent-street.csv', sha256: null }] }]);
		await landed(fresh.call('importFiles', { files: [pick(monthFile('2024-02', 5))], settings: {}, mode: 'add' }));
		expect((await fresh.call('importHistory', {})).map((r) => r.id)).toEqual([`${dataset!.id}#0`, `${dataset!.id}#1`]);
		await fresh.call('removeImport', { id: `${dataset!.id}#0` });
		expect(countsOf(fresh.session!.columns).months).toEqual({ [JAN + 1]: 5 });
	});

	it('grows only a local import: the sample and the demo refuse an add', async () => {
		const { service: s } = service();
		await s.call('loadSample', {});
		await expect(s.call('importFiles', { files: [pick(monthFile('2024-01', 3))], settings: {}, mode: 'add' })).rejects.toMatchObject({ code: 'not_growable' });
		expect(await s.call('importHistory', {})).toEqual([]);
	});

	it('never writes a new import over a kept dataset that has grown under the same name', async () => {
		const { service: s, store } = service();
		const jan = monthFile('2024-01', 30);
		const first = await landed(s.call('importFiles', { files: [pick(jan)], settings: {} }));
		await landed(s.call('importFiles', { files: [pick(monthFile('2024-02', 5))], settings: {}, mode: 'add' }));
		const again = await landed(s.call('importFiles', { files: [pick(jan)], settings: {} }));
		expect(again.dataset!.id).toBe(`${first.dataset!.id}-2`);
		await s.call('saved', {});
		expect((await store.list()).datasets.map((d) => [d.id, d.rows])).toEqual([
			[`${first.dataset!.id}-2`, 30],
			[first.dataset!.id, 35]
		]);
	});
});
