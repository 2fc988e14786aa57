import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('the lint rule that keeps src/lib/analysis pure', () => {
	it.each([
		["import { mount } from 'svelte';", 'svelte'],
		["import maplibregl from 'maplibre-gl';", 'a map library'],
		["import { Deck } from '@deck.gl/core';", 'deck.gl'],
		["import { page } from '$app/state';", 'SvelteKit'],
		["import { x } from '$lib/state/filters.svelte';", 'app state'],
		["import X from '../../components/Legend.svelte';", 'a component'],
		["import { readFileSync } from 'node:fs';", 'Node file I/O']
	])('rejects %s (%s)', async (code) => {
		expect(await ruleIds(`${code}\nexport const y = 1;\n`, 'src/lib/analysis/example/module.ts')).toContain('no-restricted-imports');
	});

	it('rejects DOM globals', async () => {
		expect(await ruleIds('export const w = window.innerWidth;\n', 'src/lib/analysis/example/module.ts')).toContain(
			'no-restricted-globals'
		);
	});

	it('allows pure imports inside analysis, and Node I/O in its tests', async () => {
		expect(await ruleIds("import { latLngToCell } from 'h3-js';\nexport const f = latLngToCell;\n", 'src/lib/analysis/h3/x.ts')).toEqual([]);
		expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'src/lib/analysis/x.test.ts')).toEqual([]);
	});

	it.each(['src/lib/analysis/h3/cells.ts', 'src/lib/workers/x.ts', 'scripts/data-build/x.ts'])('rejects cellToParent in %s: cells are latLngToCell of the point', async (file) => {
		expect(await ruleIds("import { cellToParent } from 'h3-js';\nexport const f = cellToParent;\n", file)).toContain('no-restricted-imports');
	});

	it.each([
		["import { startAtlasWorker } from '$lib/workers/atlas-client';", 'src/lib/components/x.ts', 'a component reaching the worker'],
		["import type { WorkerRequest } from '$lib/workers/protocol';", 'src/lib/components/import/x.ts', 'a component taking types from the protocol'],
		["import { createService } from '$lib/service/atlas-service';", 'src/lib/components/x.ts', 'a component reaching the service'],
		["import { startAtlasWorker } from '$lib/workers/atlas-client';", 'src/lib/map/x.ts', 'a map layer reaching the worker'],
		["import { hexLayerProps } from '$lib/map/hex-layer-props';", 'src/lib/state/x.ts', 'state importing the map'],
		["import { formatCount } from '$lib/components/format';", 'src/lib/state/x.ts', 'state importing a component module'],
		["import Legend from '../components/Legend.svelte';", 'src/lib/state/x.ts', 'state importing a component'],
		["import { startAtlasWorker } from '$lib/workers/atlas-client';", 'src/lib/service/x.ts', 'the service reaching the worker'],
		["import { indexedDbDatasets } from '$lib/storage/dataset-store';", 'src/lib/service/x.ts', 'the service reaching the browser store'],
		["import { browserStores } from '$lib/storage/browser-stores';", 'src/lib/components/x.ts', 'a component reaching the browser store'],
		["import type { SitesState } from '$lib/state/sites.svelte';", 'src/lib/storage/x.ts', 'the store reaching page state'],
		["import { AtlasService } from '$lib/service/atlas-service';", 'src/lib/storage/x.ts', 'the store reaching the service itself'],
		["import type { CubeState } from '$lib/state/cube.svelte';", 'src/lib/service/x.ts', 'the service reaching page state']
	])('rejects %s in %s (%s)', async (code, file) => {
		expect(await ruleIds(`${code}\nexport const y = 1;\n`, file)).toContain('no-restricted-imports');
	});

	it('allows the inward imports: components and map read state and analysis; state reaches the worker client', async () => {
		expect(await ruleIds("import type { DatasetState } from '$lib/state/dataset.svelte';\nexport type Y = DatasetState;\n", 'src/lib/components/x.ts')).toEqual([]);
		expect(await ruleIds("import { DECILE_COLOURS } from '$lib/analysis/classify/palette';\nexport const y = DECILE_COLOURS;\n", 'src/lib/map/x.ts')).toEqual([]);
		expect(await ruleIds("import type { AtlasClient } from '$lib/workers/atlas-client';\nexport type Y = AtlasClient;\n", 'src/lib/state/x.ts')).toEqual([]);
		expect(await ruleIds("import type { SitesStore } from '$lib/storage/sites-store';\nexport type Y = SitesStore;\n", 'src/lib/state/x.ts')).toEqual([]);
		expect(await ruleIds("import type { DatasetStore } from '$lib/service/ports';\nexport type Y = DatasetStore;\n", 'src/lib/storage/x.ts')).toEqual([]);
	});

	it('does not apply outside analysis', async () => {
		expect(await ruleIds("import maplibregl from 'maplibre-gl';\nexport const m = maplibregl;\n", 'src/lib/map/x.ts')).toEqual([]);
	});
});
