import { describe, expect, it } from 'vitest';
import { bytesPerLine, estimateTab, TAB_BASE_BYTES, TAB_BYTES_PER_ROW, TAB_CEILING_BYTES, tooLargeMessage } from './tab-capacity';

const text = (s: string) => new TextEncoder().encode(s);

describe('tab capacity', () => {
	it('averages whole lines only, leaving out a line cut by the sample', () => {
		// Two whole lines of 10 and 20 bytes (newline included), then a cut one.
		expect(bytesPerLine(text('123456789\n1234567890123456789\nabc'))).toBe(15);
		expect(bytesPerLine(text('no newline'))).toBeNull();
	});

	it('estimates rows and memory from size and line length, by the measured bytes per row', () => {
		const e = estimateTab(200_000_000, 200);
		expect(e.rows).toBe(1_000_000);
		expect(e.bytes).toBe(TAB_BASE_BYTES + 1_000_000 * TAB_BYTES_PER_ROW);
		expect(e.fits).toBe(true);
	});

	it('refuses what would pass the ceiling, and says so with the figures', () => {
		// 3 GiB of 200-byte lines is about 16 million rows: far past what a tab holds.
		const total = 3 * 2 ** 30;
		const e = estimateTab(total, 200);
		expect(e.fits).toBe(false);
		expect(e.bytes).toBeGreaterThan(TAB_CEILING_BYTES);
		const message = tooLargeMessage(e, total);
		expect(message).toContain('about 16.1 million rows');
		expect(message).toContain('3.0 GB at about 200 bytes a row');
		expect(message).toContain('the data on screen is unchanged');
	});

	it('lets 5,000,000 police.uk rows through (the scale the perf run measures)', () => {
		expect(estimateTab(5_000_000 * 198, 198).fits).toBe(true);
	});
});
