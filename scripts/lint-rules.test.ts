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

	it('does not apply outside analysis', async () => {
		expect(await ruleIds("import maplibregl from 'maplibre-gl';\nexport const m = maplibregl;\n", 'src/lib/map/x.ts')).toEqual([]);
	});
});
