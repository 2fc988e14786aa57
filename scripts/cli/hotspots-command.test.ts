import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { NO_FILTERS } from '../../src/lib/analysis/filters/filter-state';
import { OFFENCE_GROUP, OFFENCE_GROUP_KEYS } from '../../src/lib/analysis/offences/groups';
import { decodePoliceUkSample } from '../../src/lib/analysis/samples/police-uk-sample';
import { readAssignmentAreas } from '../assignment-areas';
import { hotspotRows, kentStudyArea, studyAreaFromGeoJson } from './hotspots-command';
import { nodeService } from './node-service';

const ROOT = new URL('../../', import.meta.url).pathname;
const ALL_GROUPS = OFFENCE_GROUP_KEYS.map((_, i) => i);

describe('cli hotspots', () => {
	const areas = readAssignmentAreas();

	it('gives the app’s Gi* answer for the police.uk sample: same cells, counts, z (1e-12) and classes', async () => {
		const service = nodeService();
		await service.call('loadSample', {});
		const { columns } = decodePoliceUkSample(readFileSync(join(ROOT, 'data', DATA_PATHS.policeUkSample)), areas);
		for (const [group, groups] of [[null, ALL_GROUPS], ['robbery', [OFFENCE_GROUP.robbery]]] as const) {
			const app = await service.call('hotspots', { filters: { ...NO_FILTERS, groups: [...groups] }, resolution: 8, k: 1 });
			const cli = hotspotRows(columns, kentStudyArea(areas), { resolution: 8, k: 1, group, from: null, to: null });
			expect(cli.cells).toEqual(app.cells);
			expect(cli.counts).toEqual([...app.counts]);
			cli.z.forEach((z, i) => (Number.isNaN(z) ? expect(app.z[i]).toBeNaN() : expect(Math.abs(z - app.z[i])).toBeLessThan(1e-12)));
			expect([...cli.classes]).toEqual([...app.classes]);
		}
	});

	it('gives the app’s weighted Gi* answer with a weight table: same weighted sums, z (1e-12) and classes', async () => {
		const service = nodeService();
		await service.call('loadSample', {});
		const weights = (await service.call('weightTables', {})).find((t) => t.id === 'ho-cost-2016')!;
		const { columns } = decodePoliceUkSample(readFileSync(join(ROOT, 'data', DATA_PATHS.policeUkSample)), areas);
		const app = await service.call('hotspots', { filters: { ...NO_FILTERS, groups: ALL_GROUPS }, resolution: 8, k: 1, weights });
		const cli = hotspotRows(columns, kentStudyArea(areas), { resolution: 8, k: 1, group: null, from: null, to: null, weights });
		// Only robbery has a figure among police.uk's categories: each cell's sum is its robberies times £11,320.
		expect(app.weighting!.report.groups.filter((g) => g.weight !== null).map((g) => g.group)).toEqual(['robbery']);
		cli.weighted!.forEach((v, i) => expect(v).toBeCloseTo(app.values[i], 6));
		cli.z.forEach((z, i) => (Number.isNaN(z) ? expect(app.z[i]).toBeNaN() : expect(Math.abs(z - app.z[i])).toBeLessThan(1e-12)));
		expect([...cli.classes]).toEqual([...app.classes]);
		const robbery = await service.call('hotspots', { filters: { ...NO_FILTERS, groups: [OFFENCE_GROUP.robbery] }, resolution: 8, k: 1 });
		expect([...app.values]).toEqual([...robbery.counts].map((c) => c * 11_320));
	});

	it('writes one row per study cell with z at 15 significant digits, and takes another study area', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-hotspots-'));
		const out = join(dir, 'hotspots.csv');
		const input = join(ROOT, 'tests/fixtures/import/2024-01-e2e-street.csv');
		const r = spawnSync('npx', ['tsx', 'scripts/cli/main.ts', 'hotspots', '--input', input, '--res', '7', '--out', out], { cwd: ROOT, encoding: 'utf8' });
		expect(r.status, r.stderr).toBe(0);
		const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
		expect(lines[0]).toBe('cell,count,z,p,q,class');
		const kent = hotspotRows({ length: 0 } as never, kentStudyArea(areas), { resolution: 7, k: 1, group: null, from: null, to: null });
		// Every Kent & Medway cell at resolution 7 (808 of them) plus any cell holding a kept incident.
		expect(lines.length - 1).toBeGreaterThanOrEqual(kent.cells.length);
		const z = lines.slice(1).map((l) => l.split(',')[2]).find((v) => v !== '');
		expect(z!.replace(/^-/, '').replace('.', '').replace(/^0+/, '').replace(/e.*$/, '').length).toBeGreaterThanOrEqual(12);
		// A small square around Maidstone as the study area.
		const square = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[0.45, 51.22], [0.6, 51.22], [0.6, 51.32], [0.45, 51.32], [0.45, 51.22]]] } };
		writeFileSync(join(dir, 'area.geojson'), JSON.stringify(square));
		const small = hotspotRows({ length: 0 } as never, studyAreaFromGeoJson(square), { resolution: 8, k: 1, group: null, from: null, to: null });
		expect(small.cells.length).toBeGreaterThan(100);
		expect(small.cells.length).toBeLessThan(400);
	}, 60_000);
});
