import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesSource, createIngest, ingestSources, summaryOf } from '../../src/lib/analysis/ingest/index';
import { centroidsFromGeoJson, createCentroidIndex } from '../../src/lib/analysis/ingest/precision';
import { createAreaIndex } from '../../src/lib/analysis/spatial/area-index';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'src/lib/analysis/ingest/fixtures');
const GOLDEN = join(FIXTURES, '2024-01-fixture-street.csv');
const AREAS = join(ROOT, 'src/lib/analysis/spatial/fixtures/areas.geojson');
const CENTROIDS = join(ROOT, 'data/lookups/lsoa21-pwc-centroids.geojson');
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, '2024-01-fixture-street.expected.json'), 'utf8'));

function cli(...args: string[]) {
	const r = spawnSync('npx', ['tsx', 'scripts/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
	const lines = r.stdout.trim().split('\n');
	return { status: r.status, stdout: r.stdout, stderr: r.stderr, last: lines[lines.length - 1] };
}

describe('cli ingest', () => {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));

	it('prints the JSON summary last and writes incidents and the rejected-row report', () => {
		const out = join(dir, 'incidents.csv');
		const report = join(dir, 'rejected.csv');
		const r = cli('ingest', '--input', GOLDEN, '--boundaries', AREAS, '--out', out, '--report', report);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.last)).toEqual({ rowsRead: EXPECTED.rowsRead, kept: EXPECTED.kept, rejected: EXPECTED.rejected, flagged: EXPECTED.flagged });
		const incidents = readFileSync(out, 'utf8').trimEnd().split('\n');
		expect(incidents[0]).toBe('lng,lat,datetime,precision,group,age_band,flags,cell7,cell8,cell9,district,lsoa21,source,line');
		expect(incidents.slice(1).map((l) => Number(l.split(',').at(-1)))).toEqual(EXPECTED.kept_rows.map((k: { line: number }) => k.line));
		const rejected = readFileSync(report, 'utf8').trimEnd().split('\r\n');
		expect(rejected.slice(1).map((l) => l.split(',').slice(1, 3))).toEqual(EXPECTED.issues.map(([line, code]: [number, string]) => [String(line), code]));
	});

	it('takes several inputs after one --input', () => {
		const r = cli('ingest', '--input', GOLDEN, GOLDEN, '--boundaries', AREAS);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.last)).toMatchObject({ rowsRead: 2 * EXPECTED.rowsRead, kept: 2 * EXPECTED.kept });
	});

	it('reads a police.uk zip, skipping outcomes entries, with the same counts', () => {
		const zip = join(dir, 'download.zip');
		writeFileSync(zip, zipSync({ '2024-01/2024-01-kent-street.csv': readFileSync(GOLDEN), '2024-01/2024-01-kent-outcomes.csv': strToU8('x\n') }));
		const r = cli('ingest', '--input', zip, '--boundaries', AREAS);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.last)).toMatchObject({ rowsRead: EXPECTED.rowsRead, kept: EXPECTED.kept });
		expect(r.stdout).toContain('skipped: outcomes_file');
	});

	it.each([
		['a missing input', ['--input', 'no/such/file.csv'], 'input not found'],
		['an unreadable zip', ['--input', 'BADZIP'], 'unreadable_zip'],
		['a file over the size limit', ['--input', GOLDEN, '--max-file-bytes', '100'], 'file too large'],
		// Checked before the import: it used to fail after it with a stack trace.
		['a --report in a missing folder', ['--input', GOLDEN, '--report', 'no/such/folder/rejected.csv'], '--report: folder'],
		['an --out that is a folder', ['--input', GOLDEN, '--out', ROOT], 'is a folder, not a file']
	])('fails with one line and no stack trace for %s', (_, args, message) => {
		const bad = join(dir, 'bad.zip');
		writeFileSync(bad, 'this is not a zip');
		const r = cli('ingest', '--boundaries', AREAS, ...args.map((a) => (a === 'BADZIP' ? bad : a)));
		expect(r.status).not.toBe(0);
		expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('error:'))).toHaveLength(1);
		expect(r.stderr).toContain(message);
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});
});

describe('cli cancel', () => {
	it('stops an import at Ctrl-C within a second, even while waiting for input, exits 130 and writes nothing', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-cancel-'));
		const fifo = join(dir, 'slow-street.csv');
		const out = join(dir, 'incidents.csv');
		execFileSync('mkfifo', [fifo]);
		// Its own process group, as a terminal's Ctrl-C signals the whole group.
		const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli/main.ts', 'ingest', '--input', fifo, '--boundaries', AREAS, '--out', out], { cwd: ROOT, detached: true });
		let sent = 0;
		let stderr = '';
		const told = new Promise<number>((done) => child.stderr.on('data', (d) => ((stderr += d), done(performance.now() - sent))));
		const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
		// Opening the pipe for writing waits until the CLI opens it to read: the import has begun, and its next read waits.
		const writer = await open(fifo, 'w');
		await writer.write(readFileSync(GOLDEN, 'utf8').split('\n').slice(0, 6).join('\n') + '\n');
		await new Promise((r) => setTimeout(r, 300));
		sent = performance.now();
		process.kill(-child.pid!, 'SIGINT');
		const ms = await told;
		// The read blocked in the pipe holds the process until the pipe closes; the import itself has stopped.
		await writer.close();
		console.log(`cli cancel: stopped ${Math.round(ms)} ms after Ctrl-C`);
		expect(await exited).toBe(130);
		expect(stderr.trim()).toBe('error: cancelled: nothing was written');
		expect(readdirSync(dir).sort()).toEqual(['slow-street.csv']);
		expect(ms).toBeLessThan(1000);
	});
});

describe('cli ingest of analysts\' files', () => {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-generic-'));
	const GENERIC = join(FIXTURES, 'generic');
	const files = ['force-extract.csv', 'council-1252.csv', 'partner.tsv', 'ae-points.geojson'].map((f) => join(GENERIC, f));
	const NOW = '2024-06-01T00:00:00Z';

	it('gives the same counts as the in-process ingest, and writes the detected column mapping', async () => {
		// The CLI reads data/'s centroids by default, as the app does.
		const centroids = createCentroidIndex(centroidsFromGeoJson(JSON.parse(readFileSync(CENTROIDS, 'utf8'))));
		const ingest = createIngest({ areas: createAreaIndex(JSON.parse(readFileSync(AREAS, 'utf8'))), format: 'auto', now: Date.parse(NOW), centroids });
		await ingestSources(ingest, files.map((f) => bytesSource(f, new Uint8Array(readFileSync(f)))));
		const expected = summaryOf(ingest.finish().report);
		const written = join(dir, 'columns.json');
		const r = cli('ingest', '--input', ...files, '--boundaries', AREAS, '--now', NOW, '--write-columns', written);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.last)).toEqual(expected);
		expect(r.stdout).toContain('council-1252.csv: location imprecise 1 of 4');
		expect(r.stdout).toContain('unmapped label "Fraud – £50 taken": 1 rows');
		expect(JSON.parse(readFileSync(written, 'utf8'))).toMatchObject({ version: 1, coordinates: { kind: 'bng' } });
		const again = cli('ingest', '--input', files[0], '--boundaries', AREAS, '--now', NOW, '--columns', written, '--precision', 'exclude');
		expect(JSON.parse(again.last)).toMatchObject({ rowsRead: 11, kept: 6 });
		// The dialog's saved mapping also works as --mapping, the flag analysts reach for first.
		const viaMapping = cli('ingest', '--input', files[0], '--boundaries', AREAS, '--now', NOW, '--mapping', written, '--precision', 'exclude');
		expect(viaMapping.last).toBe(again.last);
	});

	it.each([
		['a bad column mapping', ['--columns', 'BADCOLUMNS'], 'column mapping version must be 1'],
		['an unknown precision policy', ['--precision', 'drop'], '--precision must be one of keep, exclude, area-only']
	])('fails with one line for %s', (_, args, message) => {
		const bad = join(dir, 'bad-columns.json');
		writeFileSync(bad, '{"version": 9}');
		const r = cli('ingest', '--input', files[0], '--boundaries', AREAS, ...args.map((a) => (a === 'BADCOLUMNS' ? bad : a)));
		expect(r.status).not.toBe(0);
		expect(r.stderr).toContain(message);
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});
});
