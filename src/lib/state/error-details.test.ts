import { describe, expect, it } from 'vitest';
import { errorDetails, maskData } from './error-details';

describe('errorDetails', () => {
	it('names the version, time, browser, action and error, and leaves out the incident data a message quoted', () => {
		const error = Object.assign(new Error('Could not read "Stabbing outside 14 Week Street, Maidstone" at 51.2745,0.5229 (row 12345)'), { code: 'failed' });
		error.stack = `Error: ${error.message}\n    at readRow (https://atlas.local/_app/immutable/chunks/ingest.js:1:2345)\n    at "Week Street" (x.js:1:1)`;
		const text = errorDetails({ version: '0.1.0', at: Date.UTC(2026, 11, 5, 20, 30), userAgent: 'Chromium/140', where: 'importing files', error });
		expect(text).toContain('Hotspot Atlas 0.1.0');
		expect(text).toContain('When: 2026-12-05T20:30:00.000Z');
		expect(text).toContain('Doing: importing files');
		expect(text).toContain('Error: Error [failed]: Could not read "…" at #.#,#.# (row #)');
		expect(text).toContain('at readRow');
		for (const secret of ['Stabbing', 'Week Street', 'Maidstone', '51.27', '0.52', '12345']) expect(text).not.toContain(secret);
	});

	it('masks quoted text in any quote marks, decimals and long numbers, and keeps plain words', () => {
		expect(maskData(`label 'Knife' and “Robbery” near 0.5 of 2024-01-03`)).toBe('label "…" and "…" near #.# of #-01-03');
		expect(maskData('The analysis worker stopped')).toBe('The analysis worker stopped');
	});
});
