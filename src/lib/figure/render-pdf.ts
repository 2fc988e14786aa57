/**
 * A composed figure as a one-page PDF (pdf-lib): the map as a raster, everything else real, selectable text,
 * with the document's title, language (en-GB) and a description of the map set for screen readers and search.
 */
import { PDFDocument, rgb, StandardFonts, type PDFFont } from 'pdf-lib';
import type { FigureContent, Rgb } from '$lib/analysis/figure/figure-content';
import { figureLayout } from '$lib/analysis/figure/layout';
import { pointsOf, type FigureSize } from '$lib/analysis/figure/figure-sizes';

/** Characters the standard fonts lack, spelled in ones they have. */
const SPELLED: Record<string, string> = { '≥': '>=', '≤': '<=', '−': '-', '√': 'sqrt', '★': '*', '→': '->', '≈': '~', '\u2009': ' ', '\u202f': ' ' };

/** Text the PDF's standard font can encode (WinAnsi), other characters spelled out or replaced by "?". */
export function pdfSafe(text: string, font: PDFFont): string {
	const supported = new Set(font.getCharacterSet());
	return [...text].map((ch) => (supported.has(ch.codePointAt(0)!) ? ch : (SPELLED[ch] ?? '?'))).join('');
}

/** Text widths in layout units with the PDF's own fonts, so the map is captured at the size the PDF will give it. */
export async function pdfMeasure(): Promise<(text: string, size: number, bold: boolean) => number> {
	const pdf = await PDFDocument.create();
	const [regular, bold] = await Promise.all([pdf.embedFont(StandardFonts.Helvetica), pdf.embedFont(StandardFonts.HelveticaBold)]);
	return (text, size, b) => {
		const font = b ? bold : regular;
		return font.widthOfTextAtSize(pdfSafe(text, font), size);
	};
}

export async function renderFigurePdf(content: FigureContent, size: FigureSize, mapPng: Uint8Array, metresPerUnit: number, madeAt: Date): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	const regular = await pdf.embedFont(StandardFonts.Helvetica);
	const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
	const fontOf = (b: boolean) => (b ? bold : regular);
	// Layout units are 1/96 inch and points 1/72: widths scale alike, so measuring at `size` units gives units.
	const measure = (text: string, sz: number, b: boolean) => fontOf(b).widthOfTextAtSize(pdfSafe(text, fontOf(b)), sz);
	const layout = figureLayout(content, size, metresPerUnit, measure);
	const page = pdf.addPage([pointsOf(size).width, pointsOf(size).height]);
	const pt = 0.75;
	const pageH = page.getHeight();
	const colour = (c: Rgb) => rgb(c[0] / 255, c[1] / 255, c[2] / 255);

	const image = await pdf.embedPng(mapPng);
	const { map } = layout;
	page.drawImage(image, { x: map.x * pt, y: pageH - (map.y + map.h) * pt, width: map.w * pt, height: map.h * pt });
	for (const b of layout.boxes) {
		page.drawRectangle({
			x: b.x * pt,
			y: pageH - (b.y + b.h) * pt,
			width: b.w * pt,
			height: b.h * pt,
			...(b.fill && { color: colour(b.fill) }),
			...(b.stroke && { borderColor: colour(b.stroke), borderWidth: 0.5 })
		});
	}
	const n = layout.north;
	page.drawSvgPath(`M 0 0 L ${n.size * 0.35 * pt} ${n.size * 0.9 * pt} L 0 ${n.size * 0.65 * pt} L ${-n.size * 0.35 * pt} ${n.size * 0.9 * pt} Z`, { x: n.x * pt, y: pageH - n.y * pt, color: rgb(0.07, 0.07, 0.07) });
	for (const t of layout.texts) {
		const font = fontOf(t.bold);
		const text = pdfSafe(t.text, font);
		const w = font.widthOfTextAtSize(text, t.size * pt);
		const x = t.align === 'center' ? t.x * pt - w / 2 : t.align === 'right' ? t.x * pt - w : t.x * pt;
		page.drawText(text, { x, y: pageH - t.y * pt, size: t.size * pt, font, color: colour(t.colour) });
	}

	pdf.setTitle(content.title, { showInWindowTitleBar: true });
	pdf.setLanguage('en-GB');
	pdf.setSubject(content.mapDescription);
	pdf.setKeywords(['serious violence', 'hot spots', 'Kent and Medway', content.marking].filter(Boolean));
	pdf.setAuthor('Hotspot Atlas');
	pdf.setCreator(`Hotspot Atlas ${content.appVersion}`);
	pdf.setProducer('Hotspot Atlas (pdf-lib)');
	pdf.setCreationDate(madeAt);
	pdf.setModificationDate(madeAt);
	return pdf.save({ useObjectStreams: false });
}
