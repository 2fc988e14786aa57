import { describe, expect, it } from 'vitest';
import { findSplit, PARALLEL_MIN_BYTES, splitFromWindows, splitWindows } from './split-point';

const bytes = (s: string) => new TextEncoder().encode(s);
const HEADER = 'Crime ID,Month,Longitude,Latitude\r\n';
const file = (rows: number) => bytes(HEADER + Array.from({ length: rows }, (_, i) => `id${i},2024-01,0.5${i % 10},51.2\r\n`).join(''));

describe('findSplit', () => {
	it('cuts after the first line feed at or past the middle and gives the header line', () => {
		const f = file(1000);
		const plan = findSplit(f, { minBytes: 0 })!;
		expect(plan.headerEnd).toBe(HEADER.length);
		expect(f[plan.at - 1]).toBe(10);
		expect(plan.at).toBeGreaterThanOrEqual(f.length / 2);
		expect(f.subarray(Math.floor(f.length / 2), plan.at - 1).includes(10)).toBe(false);
	});

	it('reads small files in one piece', () => {
		expect(findSplit(file(1000))).toBeNull();
		expect(file(1000).length).toBeLessThan(PARALLEL_MIN_BYTES);
	});

	it.each([
		['UTF-16 little-endian', new Uint8Array([0xff, 0xfe, ...file(100)])],
		['UTF-16 big-endian', new Uint8Array([0xfe, 0xff, ...file(100)])],
		['a quoted header', bytes(`"Crime ID",Month\r\n${'a,b\r\n'.repeat(100)}`)],
		['a header ending in a lone CR', bytes(`Crime ID,Month\r${'a,b\r'.repeat(100)}\n`)],
		['no line feed past the middle', bytes(`Crime ID,Month\n${'a,b\r'.repeat(100)}`)],
		['no line break at all', bytes('Crime ID,Month')]
	])('reads a file with %s in one piece', (_, f) => {
		expect(findSplit(f, { minBytes: 0 })).toBeNull();
	});

	it('finds the same cut from the head and middle windows as from the whole file', () => {
		const f = file(50_000);
		const { head, middle } = splitWindows(f.length);
		expect(head[1]).toBeLessThan(f.length);
		expect(splitFromWindows(f.length, f.subarray(...head), middle[0], f.subarray(...middle), { minBytes: 0 })).toEqual(findSplit(f, { minBytes: 0 }));
	});
});
