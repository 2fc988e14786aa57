import { readFileSync } from 'node:fs';
import { filesPresent } from '../../test-support/required-files';
import { describe, expect, it } from 'vitest';
import { BNG_TRANSFORMATION, bngToLngLat, isGridReference, metresBetween } from './bng';

const CONTROL = new URL('../../../../../shared/data/reference/bng_control_points_ostn15.csv', import.meta.url);

/** OS test points in Kent (TP07 North Foreland) and the rest of the south east, by the point's own easting. */
const isKent = (e: number, n: number) => e >= 540_000 && e <= 650_000 && n >= 100_000 && n <= 190_000;

describe('bngToLngLat', () => {
	it.skipIf(!filesPresent([CONTROL], 'the OSTN15 control point test'))("matches OS's 40 OSTN15 test points within the stated accuracy", () => {
		const rows = readFileSync(CONTROL, 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
		expect(rows).toHaveLength(40);
		const errors = rows.map(([id, lat, lon, e, n]) => {
			const [lng2, lat2] = bngToLngLat(Number(e), Number(n));
			return { id, kent: isKent(Number(e), Number(n)), metres: metresBetween(Number(lon), Number(lat), lng2, lat2) };
		});
		const max = Math.max(...errors.map((x) => x.metres));
		const kent = errors.filter((x) => x.kent);
		expect(kent.map((x) => x.id)).toEqual(['TP07']);
		expect(max).toBeLessThan(BNG_TRANSFORMATION.maxErrorGbMetres);
		for (const k of kent) expect(k.metres).toBeLessThan(BNG_TRANSFORMATION.maxErrorKentMetres);
		console.info(`BNG Helmert vs OSTN15: max ${max.toFixed(2)} m over 40 points; Kent ${kent.map((k) => `${k.id} ${k.metres.toFixed(2)} m`).join(', ')}`);
	});

	it('converts a Maidstone grid reference to about the right place and refuses points off the grid', () => {
		const [lng, lat] = bngToLngLat(575_900, 155_800);
		expect(lng).toBeCloseTo(0.52, 1);
		expect(lat).toBeCloseTo(51.27, 1);
		expect(bngToLngLat(-5, 100)).toEqual([NaN, NaN]);
		expect(isGridReference(NaN, 1)).toBe(false);
	});
});
