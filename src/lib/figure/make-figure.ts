/**
 * Makes one composed figure from the live map: works out where the map goes, draws the map again at that size
 * and the figure's resolution over the extent on screen, then composes PNG or PDF around it. Each step yields
 * to the page and reports progress, so the page stays usable while it runs.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FigureContent } from '$lib/analysis/figure/figure-content';
import { unitsOf, type FigureSize } from '$lib/analysis/figure/figure-sizes';
import { figureLayout, mapRect } from '$lib/analysis/figure/layout';
import { captureMap } from '$lib/map/capture';
import { pdfMeasure, renderFigurePdf } from './render-pdf';
import { canvasMeasure, renderFigurePng } from './render-png';

export type FigureFormat = 'png' | 'pdf';

export interface MadeFigure {
	name: string;
	blob: Blob;
	width: number;
	height: number;
	/** Where the title, legend, filters, notes and map lie, in pixels of the PNG (for checks). */
	regions: Record<string, { x: number; y: number; w: number; h: number } | null>;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'figure';

export async function makeFigure(map: MapLibreMap, content: FigureContent, size: FigureSize, format: FigureFormat, onprogress: (step: string) => void, madeAt = new Date()): Promise<MadeFigure> {
	onprogress('Laying out the figure…');
	const measure = format === 'pdf' ? await pdfMeasure() : canvasMeasure();
	const rect = mapRect(content, size, measure);
	const { scale } = unitsOf(size);
	onprogress(`Drawing the map at ${size.dpi} dpi (${Math.round(rect.w * scale)} × ${Math.round(rect.h * scale)} px)…`);
	const capture = await captureMap(map, { width: rect.w, height: rect.h, pixelRatio: scale }, map.getBounds());
	onprogress(format === 'pdf' ? 'Writing the PDF…' : 'Composing the PNG…');
	const name = `${slug(content.title)}-${size.width}x${size.height}.${format}`;
	const px = (r: { x: number; y: number; w: number; h: number } | null) => r && { x: Math.round(r.x * scale), y: Math.round(r.y * scale), w: Math.round(r.w * scale), h: Math.round(r.h * scale) };
	const regions = Object.fromEntries(Object.entries(figureLayout(content, size, capture.metresPerUnit, measure).regions).map(([k, r]) => [k, px(r)]));
	if (format === 'pdf') {
		const bytes = await renderFigurePdf(content, size, new Uint8Array(await capture.png.arrayBuffer()), capture.metresPerUnit, madeAt);
		return { name, blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }), width: size.width, height: size.height, regions };
	}
	const image = await createImageBitmap(capture.png);
	try {
		return { name, blob: await renderFigurePng(content, size, image, capture.metresPerUnit), width: size.width, height: size.height, regions };
	} finally {
		image.close();
	}
}
