import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesPresent } from '../../test-support/required-files';
import { BNG_TRANSFORMATION, bngToLngLat, metresBetween } from '../geometry/bng';
import { formatSquareSize, gridSquareOrigin, looksLikeGridReference, parseGridReference, type GridReference } from './grid-reference';

const CONTROL = new URL('../../../../../shared/data/reference/bng_control_points_ostn15.csv', import.meta.url);

function parsed(text: string): GridReference {
	const result = parseGridReference(text);
	if (!result.ok) throw new Error(`${text}: ${result.message.code}`);
	return result.value;
}

function failure(text: string): string {
	const result = parseGridReference(text);
	return result.ok ? 'ok' : result.message.code;
}

describe('gridSquareOrigin', () => {
	// Well-known squares: Scilly SV (the false origin), London TQ, east Kent TR, Glasgow NS, Edinburgh NT, Inverness NH, Shetland HU and HP.
	it.each([
		['SV', 0, 0],
		['TQ', 500, 100],
		['TR', 600, 100],
		['SU', 400, 100],
		['NS', 200, 600],
		['NT', 300, 600],
		['NH', 200, 800],
		['HU', 400, 1100],
		['HP', 400, 1200],
		['TG', 600, 300],
		['OV', 500, 500],
		['JM', 600, 1200],
		['SA', 0, 400]
	])('%s starts at %i km E, %i km N', (letters, e, n) => {
		expect(gridSquareOrigin(letters)).toEqual({ eastingKm: e, northingKm: n });
		expect(gridSquareOrigin(letters.toLowerCase())).toEqual({ eastingKm: e, northingKm: n });
	});

	it.each(['AA', 'TI', 'IT', 'ZZ', 'TC', 'OC', 'WV', 'XX', 'T', 'TQQ', 'T1'])('refuses %s, which is not a square of the 700 x 1300 km grid', (letters) => {
		expect(gridSquareOrigin(letters)).toBeNull();
	});
});

describe('parseGridReference', () => {
	it.each([
		['TQ 758 683', 575_800, 168_300, 100, 'TQ 758 683'],
		['TQ758683', 575_800, 168_300, 100, 'TQ 758 683'],
		['tq 758683', 575_800, 168_300, 100, 'TQ 758 683'],
		['  Tq   758   683 ', 575_800, 168_300, 100, 'TQ 758 683'],
		['TR3570', 635_000, 170_000, 1000, 'TR 35 70'],
		['TR 35 70', 635_000, 170_000, 1000, 'TR 35 70'],
		['TQ7580068300', 575_800, 168_300, 1, 'TQ 75800 68300'],
		['TQ 75800 68300', 575_800, 168_300, 1, 'TQ 75800 68300'],
		['TQ 7580 6830', 575_800, 168_300, 10, 'TQ 7580 6830'],
		['TQ 7 6', 570_000, 160_000, 10_000, 'TQ 7 6'],
		['TQ76', 570_000, 160_000, 10_000, 'TQ 7 6'],
		['TR 05 05', 605_000, 105_000, 1000, 'TR 05 05']
	])('%j is the %s square at E %i N %i', (text, easting, northing, size, written) => {
		expect(parsed(text)).toEqual({ letters: text.trim().slice(0, 2).toUpperCase(), easting, northing, size, text: written });
	});

	it('keeps leading zeros as digits, so TR 00120 00340 is 120 m east and 340 m north of the corner of TR', () => {
		expect(parsed('TR 00120 00340')).toMatchObject({ easting: 600_120, northing: 100_340, size: 1 });
	});

	it.each([
		['XX 123 456', 'grid-square-unknown'],
		['TI 123 456', 'grid-square-unknown'],
		['TQ 7', 'grid-digits-odd'],
		['TQ 75868', 'grid-digits-odd'],
		['TQ 758 6830', 'grid-digits-uneven'],
		['TQ 7 683', 'grid-digits-uneven'],
		['TQ 758000 683000', 'grid-digits-too-many'],
		['TQ 123456789012', 'grid-digits-too-many'],
		['Margate', 'coordinates-out-of-range']
	])('refuses %j with %s', (text, code) => {
		expect(failure(text)).toBe(code);
	});

	it('recognises the shape of a reference but leaves letters alone and words to name search', () => {
		expect(looksLikeGridReference('TQ 758 683')).toBe(true);
		expect(looksLikeGridReference('XX 1')).toBe(true);
		expect(looksLikeGridReference('St')).toBe(false);
		expect(looksLikeGridReference('TQ')).toBe(false);
		expect(looksLikeGridReference('Thanet 001B')).toBe(false);
		expect(looksLikeGridReference('A2 12')).toBe(false);
		expect(looksLikeGridReference('TQ 75 80 68')).toBe(false);
	});

	it('describes square sizes in metres and kilometres', () => {
		expect([10_000, 1000, 100, 10, 1].map(formatSquareSize)).toEqual(['10 km', '1 km', '100 m', '10 m', '1 m']);
	});
});

describe('grid references against Ordnance Survey test points', () => {
	// OS OSTN15 test points (REFERENCE: BNG_CONTROL_POINTS.md), written as grid references by hand with each
	// place's well-known square: TP07 North Foreland (TR), TP09 Lambeth (TQ), TP01 Scilly (SV), TP26 Glasgow (NS),
	// TP27 Edinburgh (NT), TP30 Inverness (NH), TP39 Sumburgh Head (HU), TP40 Foula (HT).
	const REFERENCES: Record<string, string> = {
		TP07: 'TR 39821 69565',
		TP09: 'TQ 30624 78388',
		TP01: 'SV 91492 11318',
		TP26: 'NS 56340 64697',
		TP27: 'NT 19188 70947',
		TP30: 'NH 67056 46176',
		TP39: 'HU 40725 07878',
		TP40: 'HT 95999 38728'
	};

	it.skipIf(!filesPresent([CONTROL], 'the grid reference test against OS test points'))('put each 1 m square on the published easting and northing, and within the Helmert error of its ETRS89 position', () => {
		const rows = readFileSync(CONTROL, 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
		for (const [id, text] of Object.entries(REFERENCES)) {
			const row = rows.find((r) => r[0] === id);
			if (!row) throw new Error(`${id} missing from the control points`);
			const [, lat, lon, e, n] = row.map(Number);
			const ref = parsed(text);
			expect({ id, easting: ref.easting, northing: ref.northing }).toEqual({ id, easting: Math.floor(e), northing: Math.floor(n) });
			const [lng2, lat2] = bngToLngLat(ref.easting + ref.size / 2, ref.northing + ref.size / 2);
			// The square's centre is within 0.71 m of the point; the Helmert adds its own error on top.
			expect(metresBetween(lon, lat, lng2, lat2)).toBeLessThan(BNG_TRANSFORMATION.maxErrorGbMetres + 0.71);
		}
	});

	it('puts North Foreland Lighthouse (TP07) within 2 m plus rounding in Kent', () => {
		const ref = parsed('TR 39821 69565');
		const [lng, lat] = bngToLngLat(ref.easting + 0.5, ref.northing + 0.5);
		expect(metresBetween(1.44454730409, 51.3744702555, lng, lat)).toBeLessThan(BNG_TRANSFORMATION.maxErrorKentMetres + 0.71);
	});
});
