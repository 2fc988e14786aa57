import { describe, expect, it } from 'vitest';
import { customSize, FIGURE_SIZES, unitsOf, type FigureSize } from './figure-sizes';
import { figureLayout, type Rect } from './layout';
import { scaleBar } from './scale-bar';
import { sampleFigureContent } from './test-content';
import { wrapText } from './text-wrap';

/** Every character half the font size wide: a plain stand-in for a font's metrics. */
const measure = (text: string, size: number) => text.length * size * 0.5;
const inside = (r: Rect, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.w <= w + 1e-6 && r.y + r.h <= h + 1e-6;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const TABLE = {
	kind: 'table' as const,
	maxRows: 5,
	table: { name: 't', title: 'Top hot spots', columns: [{ key: 'district', label: 'District', kind: 'text' as const }, { key: 'n', label: 'Incidents', kind: 'count' as const }], rows: [['Medway', 120], ['Medway', 3]] }
};

const MATRIX = { kind: 'matrix' as const, title: 'Incidents by hour and weekday', values: Array.from({ length: 168 }, (_, i) => i % 9), lowBelow: 5 };
/** Seven Gi* classes and two warnings: the legend that once ran into the inset on A4 portrait. */
const LONG_LEGEND = {
	title: 'Hot and cold spots (Getis-Ord Gi*)',
	units: 'Gi* at H3 resolution 8, 1 ring of neighbours; false discoveries controlled (Benjamini-Hochberg q).',
	items: Array.from({ length: 7 }, (_, i) => ({ colour: [i * 30, 0, 0] as const, label: `Class ${i} with a fairly long label`, detail: `${i * 100} hex` })),
	notes: ['104 hot and 0 cold hexagons at q < 0.05, from 1,585 incidents.', '97% of hexagons have no incidents: a few busy cells then stand out easily; a coarser resolution or a wider k is steadier.']
};

describe('figure layout', () => {
	const sizes: FigureSize[] = [...Object.values(FIGURE_SIZES), { width: 1000, height: 1400, dpi: 150 }];
	for (const size of sizes) {
		for (const [inset, long] of [[null, false], [TABLE, false], [TABLE, true], [MATRIX, true]] as const) {
			it(`places every element inside a ${size.width} x ${size.height} page at ${size.dpi} dpi${inset ? ` with a ${inset.kind} inset` : ''}${long ? ' and a long legend' : ''}, none on another`, () => {
				const layout = figureLayout(sampleFigureContent({ inset, ...(long && { legend: LONG_LEGEND }) }), size, 25, measure);
				const { width, height } = unitsOf(size);
				expect([layout.width, layout.height]).toEqual([width, height]);
				const named = Object.entries(layout.regions).filter(([, r]) => r !== null) as [string, Rect][];
				for (const [, r] of named) expect(inside(r, width, height)).toBe(true);
				const blocks = named.filter(([k]) => k !== 'scale');
				for (let i = 0; i < blocks.length; i++) for (let j = i + 1; j < blocks.length; j++) expect(overlap(blocks[i][1], blocks[j][1]), `${blocks[i][0]} / ${blocks[j][0]}`).toBe(false);
				// The scale bar sits inside the map.
				const s = layout.regions.scale!;
				expect(s.x >= layout.map.x && s.y + s.h <= layout.map.y + layout.map.h + 1e-6).toBe(true);
				for (const t of layout.texts) expect(t.y).toBeLessThanOrEqual(height);
				expect(layout.map.w * layout.map.h).toBeGreaterThan(0.25 * width * height);
			});
		}
	}

	it('prints the inset table under disclosure control', () => {
		const layout = figureLayout(sampleFigureContent({ inset: TABLE }), FIGURE_SIZES['slide-16x9'], 25, measure);
		const texts = layout.texts.map((t) => t.text);
		expect(texts).toContain('120');
		expect(texts).toContain('fewer than 5');
		expect(texts).not.toContain('3');
	});
});

describe('scale bar', () => {
	it('takes the longest round distance that fits', () => {
		expect(scaleBar(25, 200)).toEqual({ metres: 5000, units: 200, label: '5 km' });
		expect(scaleBar(25, 199).metres).toBe(2000);
		expect(scaleBar(0.5, 300)).toMatchObject({ metres: 100, label: '100 m' });
	});
});

describe('text wrapping and sizes', () => {
	it('breaks at spaces, cuts words longer than a line, and ends a cut-short block with an ellipsis', () => {
		expect(wrapText('aa bb cc', 5 * 0.5 * 10, 10, false, measure)).toEqual(['aa bb', 'cc']);
		expect(wrapText('abcdefghij', 4 * 0.5 * 10, 10, false, measure)).toEqual(['abcd', 'efgh', 'ij']);
		expect(wrapText('aa bb cc dd', 5 * 0.5 * 10, 10, false, measure, 1)).toEqual(['aa b…']);
	});

	it('refuses custom sizes too small, too large or at an odd resolution', () => {
		expect(customSize(2000, 1000, 150)).toEqual({ width: 2000, height: 1000, dpi: 150 });
		expect(customSize(200, 100, 96)).toHaveProperty('error');
		expect(customSize(20000, 1000, 96)).toHaveProperty('error');
		expect(customSize(2000, 1000, 1200)).toHaveProperty('error');
	});
});
