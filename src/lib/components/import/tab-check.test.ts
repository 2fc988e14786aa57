import { describe, expect, it } from 'vitest';
import { tabRefusal } from './tab-check';

/** A Blob of `size` bytes whose first bytes are the given lines (the rest is never read). */
function fakeFile(size: number, line: string): Blob & { size: number } {
	const head = new Blob([line.repeat(Math.ceil(70_000 / line.length))]);
	return { size, slice: (a?: number, b?: number) => head.slice(a, b) } as unknown as Blob & { size: number };
}

const ROW = `${'x'.repeat(199)}\n`;

describe('tab check before an import', () => {
	it('refuses files that together would not fit, naming the estimate', async () => {
		const files = [1, 2, 3, 4].map((i) => ({ name: `part-${i}.csv`, file: fakeFile(1_000_000_000, ROW) }));
		const message = await tabRefusal(files, 2 ** 30);
		expect(message).toMatch(/^Not imported: these files hold about 20 million rows/);
	});

	it('lets a file that fits through, and leaves zips and oversized files to the worker', async () => {
		expect(await tabRefusal([{ name: 'one.csv', file: fakeFile(200_000_000, ROW) }], 2 ** 30)).toBeNull();
		expect(await tabRefusal([{ name: 'big.zip', file: fakeFile(8e9, ROW) }], 2 ** 30)).toBeNull();
		expect(await tabRefusal([{ name: 'huge.csv', file: fakeFile(8e9, ROW) }], 2 ** 30)).toBeNull();
	});
});
