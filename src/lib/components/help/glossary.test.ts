import { readFileSync } from 'node:fs';
import { cellArea, getHexagonAreaAvg, getHexagonEdgeLengthAvg, latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { CLASS_METHODS } from '$lib/analysis/classify/classes';
import { CENTROID_TOLERANCE_M, SHARED_MEDIAN_MULTIPLE, SHARED_MIN_ROWS } from '$lib/analysis/ingest/precision';
import { DEFAULT_DEFINITION, DEFINITION_REASONS } from '$lib/analysis/offences/definition';
import { OFFENCE_GROUP_KEYS, OFFENCE_GROUP_LABELS } from '$lib/analysis/offences/groups';
import { colourMethodLabel } from './colour-methods';
import { GLOSSARY, glossaryEntry, searchGlossary } from './glossary';
import { GLOSSARY_KEYS } from './glossary-keys';
import { PRECISION_CHECKS } from './glossary-methods';
import { HEX_AREA_AVG_KM2, HEX_EDGE_M, HEXAGON_SIZES, KENT_AREA_SHARE, acrossM, sizeLabel } from './hexagon-sizes';

const policeUk = JSON.parse(readFileSync(new URL('../../analysis/offences/police-uk-mapping.json', import.meta.url), 'utf8')) as { entries: { label: string; group: string }[] };

describe('glossary', () => {
	it('has one entry per key, in key order, each with a title, plain words and a technical name', () => {
		expect(GLOSSARY.map((e) => e.key)).toEqual([...GLOSSARY_KEYS]);
		for (const e of GLOSSARY) {
			expect(e.title, e.key).not.toBe('');
			expect(e.plain.length, e.key).toBeGreaterThan(0);
			expect(e.technical, e.key).not.toBe('');
			for (const text of [...e.plain, e.technical]) expect(text, e.key).not.toMatch(/undefined|NaN|\$\{/);
		}
	});

	it('lists as counted by default exactly the groups whose reason says "In by default", which are the default definition', () => {
		const entry = glossaryEntry('serious-violence');
		const counted = entry.lists?.find((l) => l.heading === 'Counted by default')?.items.map((i) => i.term);
		const notCounted = entry.lists?.find((l) => l.heading === 'Not counted by default')?.items.map((i) => i.term);
		const byReason = OFFENCE_GROUP_KEYS.filter((k) => DEFINITION_REASONS[k].startsWith('In by default: ')).map((k) => OFFENCE_GROUP_LABELS[k]);
		expect(counted).toEqual(byReason);
		expect(counted).toEqual(DEFAULT_DEFINITION.map((code) => OFFENCE_GROUP_LABELS[OFFENCE_GROUP_KEYS[code]]));
		expect(notCounted).toEqual(OFFENCE_GROUP_KEYS.filter((k) => DEFINITION_REASONS[k].startsWith('Out by default: ')).map((k) => OFFENCE_GROUP_LABELS[k]));
		expect(counted).toContain('Public order');
		expect(entry.action).toBe('change-definition');
	});

	it('names which police.uk crime types count by default, from the mapping file: public order in, drugs out', () => {
		const defaultKeys = new Set(DEFAULT_DEFINITION.map((code) => OFFENCE_GROUP_KEYS[code] as string));
		const inLabels = policeUk.entries.filter((e) => defaultKeys.has(e.group)).map((e) => `“${e.label}”`);
		const outLabels = policeUk.entries.filter((e) => !defaultKeys.has(e.group)).map((e) => `“${e.label}”`);
		const text = glossaryEntry('serious-violence').plain.join('\n');
		expect(text).toContain(`these crime types count by default: ${inLabels.join(', ')}. These do not: ${outLabels.join(', ')}.`);
		expect(inLabels).toContain('“Public order”');
		expect(outLabels).toContain('“Drugs”');
	});

	it('gives hexagon sizes that agree with h3-js, and Kent hexagons the share of the average it says', () => {
		for (const r of HEXAGON_SIZES) {
			expect(HEX_EDGE_M[r]).toBeCloseTo(getHexagonEdgeLengthAvg(r, 'm'), 3);
			expect(HEX_AREA_AVG_KM2[r]).toBeCloseTo(getHexagonAreaAvg(r, 'km2'), 6);
			expect(cellArea(latLngToCell(51.27, 0.52, r), 'km2') / getHexagonAreaAvg(r, 'km2')).toBeCloseTo(KENT_AREA_SHARE, 2);
		}
		expect(Math.round(acrossM(8))).toBe(920);
		expect(sizeLabel(8)).toBe('medium (8), about 0.74 km²');
		const sizes = glossaryEntry('hexagon-size').lists![0].items;
		expect(sizes.map((i) => i.term)).toEqual(['Large (7)', 'Medium (8)', 'Small (9)']);
		expect(sizes.map((i) => i.text)).toEqual([
			'About 2.4 km across and 5.2 km² (516 hectares) on average.',
			'About 920 m across and 0.74 km² (74 hectares) on average.',
			'About 350 m across and 0.11 km² (11 hectares) on average.'
		]);
	});

	it('explains every colour method the style control offers, plain words first', () => {
		const items = glossaryEntry('colour-methods').lists![0].items;
		expect(items).toHaveLength(CLASS_METHODS.length);
		expect(colourMethodLabel('quantile')).toBe('Equal numbers of hexagons per colour (quantile)');
		for (const m of CLASS_METHODS) expect(items.some((i) => i.term.startsWith(colourMethodLabel(m.key)))).toBe(true);
	});

	it('states the location checks the import applies', () => {
		expect(PRECISION_CHECKS).toEqual({ sharedMinRows: SHARED_MIN_ROWS, sharedMedianMultiple: SHARED_MEDIAN_MULTIPLE, centroidToleranceM: CENTROID_TOLERANCE_M });
	});

	it('says disclosure control shows 1-4 as "fewer than 5" and rounds the rest to 5', () => {
		expect(glossaryEntry('disclosure').plain[0]).toContain('counts from 1 to 4 are shown as “fewer than 5” and every other count is rounded to the nearest 5');
	});

	it('finds entries by any words of their text, in any order and case', () => {
		expect(searchGlossary('').length).toBe(GLOSSARY.length);
		expect(searchGlossary('DIFFERENCE-in-differences').map((e) => e.key)).toContain('before-after');
		expect(searchGlossary('crow straight').map((e) => e.key)).toContain('distance');
		expect(searchGlossary('great-circle').map((e) => e.key)).toContain('distance');
		expect(searchGlossary('no such word here')).toEqual([]);
	});
});
