/** A composed figure drawn on a canvas at its pixel size (dpi / 96 pixels per layout unit), saved as PNG. */
import type { FigureContent, Rgb } from '$lib/analysis/figure/figure-content';
import { figureLayout } from '$lib/analysis/figure/layout';
import type { FigureSize } from '$lib/analysis/figure/figure-sizes';

const FONT = '"DejaVu Sans", "Noto Sans", "Helvetica Neue", Arial, sans-serif';
const css = (c: Rgb) => `rgb(${c[0]}, ${c[1]}, ${c[2]})`;

/** Text widths in layout units with the canvas font the PNG is drawn in. */
export function canvasMeasure(): (text: string, size: number, bold: boolean) => number {
	const ctx = document.createElement('canvas').getContext('2d');
	if (!ctx) throw new Error('This browser cannot draw the figure (no 2D canvas).');
	return (text, size, bold) => {
		ctx.font = `${bold ? 'bold ' : ''}${size}px ${FONT}`;
		return ctx.measureText(text).width;
	};
}

export async function renderFigurePng(content: FigureContent, size: FigureSize, map: CanvasImageSource, metresPerUnit: number): Promise<Blob> {
	const canvas = document.createElement('canvas');
	canvas.width = size.width;
	canvas.height = size.height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('This browser cannot draw the figure (no 2D canvas).');
	const fontOf = (sz: number, bold: boolean) => `${bold ? 'bold ' : ''}${sz}px ${FONT}`;
	const measure = (text: string, sz: number, bold: boolean) => {
		ctx.font = fontOf(sz, bold);
		return ctx.measureText(text).width;
	};
	const layout = figureLayout(content, size, metresPerUnit, measure);
	ctx.setTransform(layout.scale, 0, 0, layout.scale, 0, 0);
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, layout.width, layout.height);
	const { map: r } = layout;
	ctx.drawImage(map, r.x, r.y, r.w, r.h);
	for (const b of layout.boxes) {
		if (b.fill) {
			ctx.fillStyle = css(b.fill);
			ctx.fillRect(b.x, b.y, b.w, b.h);
		}
		if (b.stroke) {
			ctx.strokeStyle = css(b.stroke);
			ctx.lineWidth = 0.5;
			ctx.strokeRect(b.x, b.y, b.w, b.h);
		}
	}
	const n = layout.north;
	ctx.fillStyle = '#111';
	ctx.beginPath();
	ctx.moveTo(n.x, n.y);
	ctx.lineTo(n.x + n.size * 0.35, n.y + n.size * 0.9);
	ctx.lineTo(n.x, n.y + n.size * 0.65);
	ctx.lineTo(n.x - n.size * 0.35, n.y + n.size * 0.9);
	ctx.closePath();
	ctx.fill();
	ctx.textBaseline = 'alphabetic';
	for (const t of layout.texts) {
		ctx.font = fontOf(t.size, t.bold);
		ctx.fillStyle = css(t.colour);
		ctx.textAlign = t.align;
		ctx.fillText(t.text, t.x, t.y);
	}
	return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The figure could not be encoded as PNG.'))), 'image/png'));
}
