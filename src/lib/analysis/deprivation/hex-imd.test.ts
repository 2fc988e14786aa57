import { describe, expect, it } from 'vitest';
import { cellDecilesFor, HEX_IMD_HEADER, parseHexDeciles } from './hex-imd';

describe('parseHexDeciles', () => {
	it('reads cells of every resolution into one map', () => {
		const text = `${HEX_IMD_HEADER}\n87194ad32ffffff,3\n88194ad301fffff,10\r\n89194ad3003ffff,1\n`;
		expect([...parseHexDeciles(text)]).toEqual([
			['87194ad32ffffff', 3],
			['88194ad301fffff', 10],
			['89194ad3003ffff', 1]
		]);
	});

	it.each([
		['a wrong header', 'cell,decile\n89194ad3003ffff,1\n', /expected header/],
		['a decile of 0', `${HEX_IMD_HEADER}\n89194ad3003ffff,0\n`, /bad row 2/],
		['a decile of 11', `${HEX_IMD_HEADER}\n89194ad3003ffff,11\n`, /bad row 2/],
		['a fractional decile', `${HEX_IMD_HEADER}\n89194ad3003ffff,2.5\n`, /bad row 2/],
		['a short cell id', `${HEX_IMD_HEADER}\n89194ad3003fff,2\n`, /bad row 2/],
		['a missing decile', `${HEX_IMD_HEADER}\n89194ad3003ffff\n`, /bad row 2/]
	])('refuses %s', (_, text, error) => {
		expect(() => parseHexDeciles(text)).toThrow(error);
	});
});

describe('cellDecilesFor', () => {
	it('gives each cell of a dictionary its decile, 0 where the lookup has none', () => {
		const deciles = parseHexDeciles(`${HEX_IMD_HEADER}\n89194ad3003ffff,1\n89194ad3007ffff,7\n88194ad301fffff,10\n`);
		expect([...cellDecilesFor(['89194ad3007ffff', '89194ad300bffff', '89194ad3003ffff'], deciles)]).toEqual([7, 0, 1]);
		expect(cellDecilesFor([], deciles)).toHaveLength(0);
	});
});
