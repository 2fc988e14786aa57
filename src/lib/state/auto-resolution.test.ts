import { describe, expect, it } from 'vitest';
import { effectiveResolution, resolutionForZoom } from './auto-resolution';

describe('resolutionForZoom', () => {
	it.each([
		[6, 7],
		[8.8, 7],
		[9.5, 8],
		[11.49, 8],
		[11.5, 9],
		[16, 9]
	])('zoom %d gives resolution %d', (zoom, res) => {
		expect(resolutionForZoom(zoom)).toBe(res);
	});

	it('keeps a fixed choice whatever the zoom', () => {
		expect(effectiveResolution(9, 7)).toBe(9);
		expect(effectiveResolution('auto', 12)).toBe(9);
	});
});
