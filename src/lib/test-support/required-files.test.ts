import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesPresent } from './required-files';

describe('filesPresent', () => {
	const ci = process.env.CI;
	afterEach(() => {
		if (ci === undefined) delete process.env.CI;
		else process.env.CI = ci;
		vi.restoreAllMocks();
	});

	it('is true when every file is there', () => {
		expect(filesPresent([new URL(import.meta.url)], 'this test')).toBe(true);
	});

	it('fails in CI when a file is missing, since a skip there would pass silently', () => {
		process.env.CI = 'true';
		expect(() => filesPresent(['/no/such/file.csv'], 'a check')).toThrow(/CI cannot skip a check: needs \/no\/such\/file.csv/);
	});

	it('elsewhere skips with one line saying what and why', () => {
		delete process.env.CI;
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		expect(filesPresent(['/no/such/file.csv'], 'a check')).toBe(false);
		expect(log).toHaveBeenCalledWith('skipped a check: needs /no/such/file.csv (the open data in ../shared beside the clone)');
	});
});
