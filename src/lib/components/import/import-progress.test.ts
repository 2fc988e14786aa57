import { describe, expect, it } from 'vitest';
import { progressText, progressValue } from './import-progress';

describe('progressText', () => {
	it.each([
		[{ rowsRead: 12345, bytesRead: 3_200_000, totalBytes: 45_000_000 }, '12,345 rows read · 3.2 of 45.0 MB'],
		[{ rowsRead: 0, bytesRead: 0, totalBytes: 0 }, '0 rows read · 0.0 of 0.0 MB'],
		[{ rowsRead: 1, bytesRead: 120, totalBytes: 120 }, '1 row read · 0.0 of 0.0 MB'],
		[{ rowsRead: 1_000_000, bytesRead: 199_950_000, totalBytes: 200_000_000 }, '1,000,000 rows read · 200.0 of 200.0 MB']
	])('%o reads %s', (progress, text) => expect(progressText(progress)).toBe(text));
});

describe('progressValue', () => {
	it.each([
		[{ bytesRead: 5, totalBytes: 10 }, 5],
		[{ bytesRead: 15, totalBytes: 10 }, 10]
	])('%o is %d', (progress, value) => expect(progressValue(progress)).toBe(value));
});
