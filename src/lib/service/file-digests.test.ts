import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestFiles, MAX_HASHED_BYTES, NOT_HASHED_LARGE, sha256Hex } from './file-digests';

describe('file digests', () => {
	it('give the published SHA-256 of "abc" and of the empty file (FIPS 180-2 examples)', async () => {
		expect(await sha256Hex(new Blob(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(await sha256Hex(new Blob([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
	});

	it('hash each file in order, agree with Node’s own hash, and say why a file over 512 MiB is not hashed', async () => {
		const bytes = new Uint8Array(300_000).map((_, i) => (i * 31) % 251);
		const big = { name: 'huge.csv', file: { size: MAX_HASHED_BYTES + 1 } as File };
		const digests = await digestFiles([{ name: 'a.csv', file: new File([bytes], 'a.csv') }, big, { name: 'b.csv', file: new File(['abc'], 'b.csv') }]);
		expect(digests).toEqual([
			{ sha256: createHash('sha256').update(bytes).digest('hex') },
			{ sha256: null, note: NOT_HASHED_LARGE },
			{ sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' }
		]);
	});
});
