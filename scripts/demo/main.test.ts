import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDemoArgs } from './main';

describe('demo:build arguments', () => {
	it('defaults to the app seed and no file', () => {
		expect(parseDemoArgs([])).toEqual({ seed: 20240101, out: null, months: null });
		expect(parseDemoArgs(['--months', 'out/months'])).toEqual({ seed: 20240101, out: null, months: 'out/months' });
	});

	it.each([
		[['--seed', 'x'], /--seed must be a whole number/],
		[['--seed', '-1'], /--seed must be a whole number/],
		[['--colour', 'red'], /unknown argument --colour/]
	])('refuses %j', (argv, message) => {
		expect(() => parseDemoArgs(argv)).toThrow(message);
	});
});

describe('demo:build', () => {
	it('writes the same normalised CSV for a seed, with readable groups and age bands', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-demo-'));
		const run = (file: string) =>
			JSON.parse(execFileSync('npx', ['tsx', 'scripts/demo/main.ts', '--seed', '5', '--out', join(dir, file)], { encoding: 'utf8' }));
		const first = run('a.csv');
		const second = run('b.csv');
		expect(first.sha256).toBe(second.sha256);
		expect(first.label).toBe('Synthetic demo data');
		const lines = readFileSync(join(dir, 'a.csv'), 'utf8').trim().split('\n');
		expect(lines).toHaveLength(60_001);
		expect(lines[0]).toBe('lng,lat,datetime,precision,group,age_band,flags,cell7,cell8,cell9,district,lsoa21,source,line');
		expect(lines[1]).toMatch(/^[\d.]+,[\d.]+,\d{4}-\d\d-\d\dT\d\d:\d\d,minute,[a-z_]+,(0-9|10-17|18-24|25\+|unknown),/);
		expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(readFileSync(join(dir, 'a.csv'), 'utf8'));
	});
});
