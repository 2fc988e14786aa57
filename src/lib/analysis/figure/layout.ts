/**
 * Where each element of a composed figure goes, in layout units (1/96 inch), for a page size: marking and
 * title at the top, the map, the legend and filters beside it (below it in portrait), an optional inset, and
 * the notes (disclosure, source, attribution, marking, version, checksum, date, map description) at the foot.
 * Pure: the PNG and PDF renderers draw the same layout, each measuring text with its own font.
 */
import { discloseCount, type DisclosureSetting } from '../disclosure/disclosure';
import { disclosedRows } from '../exports/export-table';
import type { FigureContent, Inset, Rgb } from './figure-content';
import { unitsOf, type FigureSize } from './figure-sizes';
import { scaleBar } from './scale-bar';
import { wrapText, type Measure } from './text-wrap';

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface TextRun {
	x: number;
	/** Baseline. */
	y: number;
	text: string;
	size: number;
	bold: boolean;
	colour: Rgb;
	align: 'left' | 'center' | 'right';
}

export interface Box extends Rect {
	fill: Rgb | null;
	stroke: Rgb | null;
}

export interface FigureLayout {
	width: number;
	height: number;
	/** Pixels per unit of the PNG. */
	scale: number;
	map: Rect;
	texts: TextRun[];
	/** Drawn after the map: swatches, inset cells, the scale bar's backing and bar. */
	boxes: Box[];
	north: { x: number; y: number; size: number };
	/** Each element's area, for tests and for the PDF's reading order. */
	regions: Record<'title' | 'legend' | 'filters' | 'notes' | 'map' | 'scale' | 'inset', Rect | null>;
}

const INK: Rgb = [17, 17, 17];
const GREY: Rgb = [85, 85, 85];
const WHITE: Rgb = [255, 255, 255];
const RULE: Rgb = [170, 170, 170];
const LOW: Rgb = [189, 189, 189];
/** Line spacing of every text block, as a multiple of its size. */
const LINE_HEIGHT = 1.3;
const RAMP: Rgb[] = [
	[255, 255, 178],
	[254, 204, 92],
	[253, 141, 60],
	[240, 59, 32],
	[189, 0, 38]
];

/** The map's rectangle alone (before the map is captured, which needs its size). */
export function mapRect(content: FigureContent, size: FigureSize, measure: Measure): Rect {
	return figureLayout(content, size, 1, measure).map;
}

export function figureLayout(content: FigureContent, size: FigureSize, metresPerUnit: number, measure: Measure): FigureLayout {
	const { width: W, height: H, scale } = unitsOf(size);
	const short = Math.min(W, H);
	const m = short * 0.035;
	const f = short / 62;
	const texts: TextRun[] = [];
	const boxes: Box[] = [];
	const write = (lines: string[], x: number, y: number, sz: number, bold: boolean, colour: Rgb, align: TextRun['align'] = 'left') => {
		lines.forEach((text, i) => texts.push({ x, y: y + sz + i * sz * LINE_HEIGHT, text, size: sz, bold, colour, align }));
		return y + lines.length * sz * LINE_HEIGHT;
	};
	const wrap = (text: string, width: number, sz: number, bold = false, max = Infinity) => wrapText(text, width, sz, bold, measure, max);

	// Header: the marking centred, then the title and subtitle.
	let y = m;
	const titleTop = y;
	if (content.marking) y = write([content.marking.toUpperCase()], W / 2, y, 0.95 * f, true, INK, 'center') + 0.3 * f;
	y = write(wrap(content.title, W - 2 * m, 2.1 * f, true, 2), m, y, 2.1 * f, true, INK);
	if (content.subtitle) y = write(wrap(content.subtitle, W - 2 * m, 1.25 * f, false, 2), m, y + 0.2 * f, 1.25 * f, false, GREY);
	const title: Rect = { x: m, y: titleTop, w: W - 2 * m, h: y - titleTop };

	// Footer notes, bottom up, so the body knows how much height it has.
	const small = 0.72 * f;
	const notes = [
		...(content.disclosure ? [content.disclosure] : []),
		`Data: ${content.source}${content.synthetic ? ' - SYNTHETIC DATA: generated for demonstration, not real incidents.' : ''}`,
		`Map: ${content.attribution}`,
		[content.marking, `Hotspot Atlas ${content.appVersion}`, `dataset checksum ${content.checksum}`, `made ${content.made}`].filter(Boolean).join(' · '),
		`Map description: ${content.mapDescription}`
	].flatMap((n) => wrap(n, W - 2 * m, small));
	const notesTop = H - m - notes.length * small * LINE_HEIGHT;
	write(notes, m, notesTop, small, false, GREY);
	boxes.push({ x: m, y: notesTop - 0.4 * f, w: W - 2 * m, h: Math.max(0.5, f / 16), fill: RULE, stroke: null });
	const notesRect: Rect = { x: m, y: notesTop, w: W - 2 * m, h: H - m - notesTop };

	const bodyTop = y + 0.7 * f;
	const bodyBottom = notesTop - 0.9 * f;
	const bodyH = bodyBottom - bodyTop;
	const landscape = W >= H;
	const inset = content.inset;

	// The legend and filters, drawn at font unit `fs` from (x, y) in columns of the given widths; `dry` only measures.
	const drawSide = (fs: number, legendArea: Rect, filtersAt: (legendBottom: number) => Rect, dry: boolean) => {
		const w: Write = dry ? (lines, _x, y0, sz) => y0 + lines.length * sz * LINE_HEIGHT : write;
		const legendBottom = drawLegend(content, legendArea, fs, w, wrap, dry ? [] : boxes);
		const area = filtersAt(legendBottom);
		let fy = w(['Filters'], area.x, area.y, fs, true, INK);
		for (const line of content.filters) fy = w(wrap(line, area.w, 0.82 * fs), area.x, fy + 0.15 * fs, 0.82 * fs, false, INK);
		return { legendBottom, filters: { x: area.x, y: area.y, w: area.w, h: fy - area.y } };
	};

	let map: Rect;
	let insetRect: Rect | null = null;
	let legendArea: Rect;
	let filtersAt: (legendBottom: number) => Rect;
	let fs = f;
	if (landscape) {
		const sideW = Math.max(0.27 * (W - 2 * m), 16 * f);
		const mapW = W - 2 * m - sideW - m;
		const mapH = inset ? bodyH * 0.66 : bodyH;
		map = { x: m, y: bodyTop, w: mapW, h: mapH };
		if (inset) insetRect = { x: m, y: bodyTop + mapH + f, w: mapW, h: bodyH - mapH - f };
		legendArea = { x: m + mapW + m, y: bodyTop, w: sideW, h: bodyH };
		filtersAt = (lb) => ({ x: legendArea.x, y: lb + 1.2 * fs, w: sideW, h: bodyBottom - lb - 1.2 * fs });
		const sideNeeded = (s: number) => {
			fs = s;
			return drawSide(s, legendArea, filtersAt, true).filters;
		};
		// A long legend (many classes, warnings) is set smaller rather than run off the page.
		const r = sideNeeded(f);
		if (r.y + r.h > bodyBottom) fs = Math.max(0.55 * f, (f * bodyH) / (r.y + r.h - bodyTop));
	} else {
		const insetH = inset ? bodyH * 0.22 : 0;
		const available = bodyH - (inset ? insetH + f : 0) - f;
		const legendW = (W - 2 * m) * 0.55 - f / 2;
		const filtersW = (W - 2 * m) * 0.45 - f / 2;
		const sideHeight = (s: number) => {
			fs = s;
			const probe = drawSide(s, { x: 0, y: 0, w: legendW, h: 0 }, () => ({ x: 0, y: 0, w: filtersW, h: 0 }), true);
			return Math.max(probe.legendBottom, probe.filters.h);
		};
		let needed = sideHeight(f);
		const mapH = Math.max(available - needed, available * 0.5);
		if (available - mapH < needed) {
			fs = Math.max(0.55 * f, (f * (available - mapH)) / needed);
			needed = sideHeight(fs);
		}
		fs = Math.min(fs, f);
		map = { x: m, y: bodyTop, w: W - 2 * m, h: mapH };
		const sideTop = bodyTop + mapH + f;
		legendArea = { x: m, y: sideTop, w: legendW, h: available - mapH };
		filtersAt = () => ({ x: m + legendW + f, y: sideTop, w: filtersW, h: available - mapH });
		if (inset) insetRect = { x: m, y: bodyBottom - insetH, w: W - 2 * m, h: insetH };
	}
	boxes.push({ ...map, fill: null, stroke: RULE });

	// Legend, then filters: in the side column (landscape) or side by side under the map (portrait).
	const side = drawSide(fs, legendArea, filtersAt, false);
	const legend: Rect = { x: legendArea.x, y: legendArea.y, w: legendArea.w, h: side.legendBottom - legendArea.y };
	const filters = side.filters;

	if (inset && insetRect) drawInset(inset, insetRect, f, content.control, measure, write, boxes);

	// Scale bar bottom left and north arrow top right, inside the map, on white.
	const bar = scaleBar(metresPerUnit, map.w * 0.25);
	const sx = map.x + 0.8 * f;
	const sy = map.y + map.h - 0.9 * f;
	const barH = Math.max(0.3 * f, 1);
	const labelW = measure(bar.label, 0.8 * f, false);
	const scaleRect: Rect = { x: sx - 0.4 * f, y: sy - 1.6 * f, w: bar.units + labelW + 1.4 * f, h: 2.1 * f };
	boxes.push({ ...scaleRect, fill: WHITE, stroke: null });
	boxes.push({ x: sx, y: sy - barH, w: bar.units, h: barH, fill: INK, stroke: null });
	boxes.push({ x: sx, y: sy - 0.7 * f, w: Math.max(0.12 * f, 0.5), h: 0.7 * f, fill: INK, stroke: null });
	boxes.push({ x: sx + bar.units - Math.max(0.12 * f, 0.5), y: sy - 0.7 * f, w: Math.max(0.12 * f, 0.5), h: 0.7 * f, fill: INK, stroke: null });
	write([bar.label], sx + bar.units + 0.5 * f, sy - 1.05 * f, 0.8 * f, false, INK);
	const northSize = 2.2 * f;
	boxes.push({ x: map.x + map.w - northSize - 1.0 * f, y: map.y + 0.5 * f, w: northSize + 0.6 * f, h: northSize + 1.6 * f, fill: WHITE, stroke: null });
	const north = { x: map.x + map.w - northSize / 2 - 0.7 * f, y: map.y + 0.8 * f, size: northSize };
	write(['N'], north.x, map.y + 0.8 * f + northSize, 0.9 * f, true, INK, 'center');

	return { width: W, height: H, scale, map, texts, boxes, north, regions: { title, legend, filters, notes: notesRect, map, scale: scaleRect, inset: insetRect } };
}

type Write = (lines: string[], x: number, y: number, sz: number, bold: boolean, colour: Rgb, align?: TextRun['align']) => number;
type Wrap = (text: string, width: number, sz: number, bold?: boolean, max?: number) => string[];

function drawLegend(content: FigureContent, area: Rect, f: number, write: Write, wrap: Wrap, boxes: Box[]): number {
	const { legend } = content;
	let y = write(wrap(legend.title, area.w, 1.15 * f, true), area.x, area.y, 1.15 * f, true, INK);
	y = write(wrap(legend.units, area.w, 0.78 * f), area.x, y + 0.1 * f, 0.78 * f, false, GREY) + 0.4 * f;
	const sw = 1.7 * f;
	for (const item of legend.items) {
		boxes.push({ x: area.x, y: y + 0.1 * f, w: sw, h: 0.95 * f, fill: item.colour, stroke: [120, 120, 120] });
		const textX = area.x + sw + 0.5 * f;
		y = write(wrap(item.label, area.w - sw - 0.5 * f, 0.85 * f), textX, y, 0.85 * f, false, INK);
		if (item.detail) y = write(wrap(item.detail, area.w - sw - 0.5 * f, 0.72 * f), textX, y, 0.72 * f, false, GREY);
		y += 0.25 * f;
	}
	for (const note of legend.notes) y = write(wrap(note, area.w, 0.75 * f), area.x, y + 0.15 * f, 0.75 * f, false, GREY);
	return y;
}

function drawInset(inset: Inset, area: Rect, f: number, control: DisclosureSetting, measure: Measure, write: Write, boxes: Box[]): void {
	const sz = 0.72 * f;
	if (inset.kind === 'matrix') {
		let y = write([inset.title], area.x, area.y, 0.95 * f, true, INK);
		const labelW = measure('Mon', sz, false) + 0.5 * f;
		const cellW = (area.w - labelW) / 24;
		const cellH = Math.min((area.h - (y - area.y) - 3 * f) / 7, cellW);
		const max = Math.max(1, ...Array.from(inset.values));
		const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
		y += 0.3 * f;
		for (let h = 0; h < 24; h += 3) write([String(h).padStart(2, '0')], area.x + labelW + h * cellW, y, sz * 0.9, false, GREY);
		y += sz * 1.4;
		for (let d = 0; d < 7; d++) {
			write([days[d]], area.x, y + d * cellH + cellH * 0.15 - sz * 0.1, sz, false, INK);
			for (let h = 0; h < 24; h++) {
				const v = inset.values[d * 24 + h];
				const low = inset.lowBelow > 1 && v > 0 && v < inset.lowBelow;
				const colour = v === 0 ? WHITE : low ? LOW : RAMP[Math.min(RAMP.length - 1, Math.floor((v / max) * RAMP.length))];
				boxes.push({ x: area.x + labelW + h * cellW, y: y + d * cellH, w: cellW, h: cellH, fill: colour, stroke: [230, 230, 230] });
			}
		}
		// The matrix's own key: five equal steps up to the busiest hour, grey under the threshold, white for none.
		const top = discloseCount(max, control).text;
		const low = inset.lowBelow > 1 ? `; grey: fewer than ${inset.lowBelow}` : '';
		write([`Incidents per hour slot, light to dark in five equal steps up to ${top}${low}; white: none.`], area.x, y + 7 * cellH + 0.3 * f, sz, false, GREY);
		return;
	}
	const { table, maxRows } = inset;
	let y = write([table.title], area.x, area.y, 0.95 * f, true, INK) + 0.2 * f;
	// Inset tables go out under the export setting, whatever the screen shows.
	const rows = disclosedRows({ ...table, rows: table.rows.slice(0, maxRows) }, control);
	const keep = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.kind !== 'number' || /rank/i.test(c.key)).slice(0, 7);
	const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en-GB') : v.toFixed(2)) : String(v));
	const widths = keep.map(({ c, i }) => Math.max(measure(c.label, sz, true), ...rows.map((r) => measure(cell(r[i]), sz, false))) + 0.8 * f);
	const total = widths.reduce((a, b) => a + b, 0);
	const k = total > area.w ? area.w / total : 1;
	const fit = (text: string, w: number, bold: boolean) => {
		let t = text;
		while (t.length > 1 && measure(t, sz, bold) > w - 0.4 * f) t = `${t.slice(0, -2)}…`;
		return t;
	};
	let x = area.x;
	keep.forEach(({ c }, j) => {
		write([fit(c.label, widths[j] * k, true)], x, y, sz, true, INK);
		x += widths[j] * k;
	});
	y += sz * LINE_HEIGHT;
	boxes.push({ x: area.x, y, w: Math.min(total * k, area.w), h: Math.max(0.5, f / 16), fill: RULE, stroke: null });
	for (const r of rows) {
		if (y + sz * LINE_HEIGHT > area.y + area.h) break;
		x = area.x;
		keep.forEach(({ i }, j) => {
			write([fit(cell(r[i]), widths[j] * k, false)], x, y + 0.1 * f, sz, false, INK);
			x += widths[j] * k;
		});
		y += sz * LINE_HEIGHT;
	}
}

