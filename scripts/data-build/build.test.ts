/** Runs the whole pipeline against the raw inputs; skipped on a clone without them. */
import { filesPresent } from '../../src/lib/test-support/required-files';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allInputFiles, INPUTS } from './inputs';
import { buildData, parseArgs } from './main';
import { DataBuildError, openDataDir } from './source';

const inputDir = openDataDir();
const haveInputs = filesPresent([inputDir], 'the data:build failure and reproducibility tests');
const temp = mkdtempSync(join(tmpdir(), 'atlas-data-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function snapshot(dir: string): Record<string, string> {
	const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
	return Object.fromEntries(walk(dir).sort().map((f) => [relative(dir, f), readFileSync(f).toString('base64')]));
}

/** A private copy of the inputs with the LSOA 2021 file edited, to prove bad input stops the build. */
function corruptedInputs(name: string, edit: (lsoa21: { features: { properties: Record<string, unknown> }[] }) => void): string {
	const dir = join(temp, name);
	for (const { path } of allInputFiles()) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		copyFileSync(join(inputDir, path), join(dir, path));
	}
	const file = join(dir, INPUTS.lsoa21.path);
	const lsoa21 = JSON.parse(readFileSync(file, 'utf8'));
	edit(lsoa21);
	writeFileSync(file, JSON.stringify(lsoa21));
	return dir;
}

describe('data:build', () => {
	it('lists every missing input with its download page and destination, and writes nothing', () => {
		const empty = join(temp, 'empty-inputs');
		let error: unknown;
		try {
			buildData({ inputDir: empty, outDir: join(temp, 'never') });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(DataBuildError);
		const message = (error as Error).message;
		expect(message).toContain(join(empty, 'ons_boundaries_lsoa2021_bgc__drkane_geo-lookups/kent_medway_lsoa2021.geojson'));
		expect(message).toContain('https://www.gov.uk/government/statistics/english-indices-of-deprivation-2025');
		expect(message).toContain('basemap/glyphs/Noto Sans Regular/0-255.pbf');
		expect(existsSync(join(temp, 'never'))).toBe(false);
	});

	it('parses --out', () => {
		expect(parseArgs([])).toEqual({ outDir: 'data' });
		expect(parseArgs(['--out', '/tmp/x'])).toEqual({ outDir: '/tmp/x' });
		expect(() => parseArgs(['--bogus'])).toThrow(DataBuildError);
	});

	it.skipIf(!haveInputs)('fails on an unknown district code and on a wrong feature count (needs the raw open data)', () => {
		const unknown = corruptedInputs('unknown-district', (fc) => {
			fc.features[0].properties.LADCD_ACTIVE = 'E09000001';
		});
		expect(() => buildData({ inputDir: unknown, outDir: join(temp, 'out-unknown') })).toThrow(/unknown district code "E09000001"/);
		const short = corruptedInputs('short', (fc) => {
			fc.features.pop();
		});
		expect(() => buildData({ inputDir: short, outDir: join(temp, 'out-short') })).toThrow(/expected 1107 features, found 1106/);
	});

	it.skipIf(!haveInputs)(`gives byte-identical output on two runs (needs the raw open data at ${inputDir})`, () => {
		const first = join(temp, 'first');
		const second = join(temp, 'second');
		buildData({ inputDir, outDir: first });
		buildData({ inputDir, outDir: second });
		const a = snapshot(first);
		expect(Object.keys(a).length).toBeGreaterThan(30);
		expect(snapshot(second)).toEqual(a);
	});
});
