import { strFromU8 } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FIGURE_SIZES } from '$lib/analysis/figure/figure-sizes';
import { sampleFigureContent } from '$lib/analysis/figure/test-content';
import { renderFigurePdf } from './render-pdf';
import { pdfText } from '../../../tests/pdf-text';

/** A 2 x 2 red PNG. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAwMDAwMAAAA0DAQHHyJ3lAAAAAElFTkSuQmCC'), (c) => c.charCodeAt(0));

describe('the figure as PDF', () => {
	it('has the requested page size, its title and language, and text that can be extracted', async () => {
		const content = sampleFigureContent();
		const bytes = await renderFigurePdf(content, FIGURE_SIZES['a4-landscape'], PNG, 20, new Date(Date.UTC(2026, 11, 5)));
		const doc = await PDFDocument.load(bytes, { updateMetadata: false });
		const page = doc.getPage(0);
		// A4 landscape: 297 x 210 mm = 841.9 x 595.3 points.
		expect(page.getWidth()).toBeCloseTo(841.9, 0);
		expect(page.getHeight()).toBeCloseTo(595.3, 0);
		expect(doc.getTitle()).toBe(content.title);
		expect(doc.getSubject()).toBe(content.mapDescription);
		expect(strFromU8(bytes, true)).toMatch(/\/Lang \(en-GB\)/);
		const text = pdfText(bytes);
		for (const expected of ['Evening serious violence hot spots, Medway', 'OFFICIAL', 'Filters', 'Districts: Medway', 'Fewer than 5', 'dataset checksum 3f9a2c1b', 'SYNTHETIC DATA', 'Disclosure control']) {
			expect(text).toContain(expected);
		}
		expect(text).toMatch(/\d+ (m|km)/);
	});

	it('makes a slide page of 1920 x 1080 px at 96 dpi, 1440 x 810 points', async () => {
		const doc = await PDFDocument.load(await renderFigurePdf(sampleFigureContent(), FIGURE_SIZES['slide-16x9'], PNG, 20, new Date()));
		expect([doc.getPage(0).getWidth(), doc.getPage(0).getHeight()]).toEqual([1440, 810]);
	});
});
