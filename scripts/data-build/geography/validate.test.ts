import { describe, expect, it } from 'vitest';
import { checkCount, checkDistricts, checkSameMapping, checkUnique } from './validate';

describe('area checks', () => {
	it('reports a wrong feature count', () => {
		expect(checkCount('LSOA', 1106, 1107).map((p) => p.code)).toEqual(['count']);
		expect(checkCount('LSOA', 1107, 1107)).toEqual([]);
	});

	it('reports duplicate codes once per repeat', () => {
		expect(checkUnique('LSOA', ['a', 'b', 'a', 'a']).map((p) => p.value)).toEqual(['a', 'a']);
	});

	it('reports districts outside the 13 (Shepway keeps its code, so a name is not a code)', () => {
		const problems = checkDistricts('LSOA', [
			{ code: 'E01024000', district: 'E07000112' },
			{ code: 'E01000001', district: 'E09000001' },
			{ code: 'E01024001', district: 'Shepway' }
		]);
		expect(problems.map((p) => [p.code, p.value])).toEqual([
			['unknown-district', 'E09000001'],
			['unknown-district', 'Shepway']
		]);
	});

	it.each([
		[[['a', '1']], [['a', '1']], []],
		[[['a', '1']], [['a', '2']], ['mismatch']],
		[[['a', '1']], [], ['missing']],
		[[], [['b', '1']], ['unexpected']]
	] as const)('compares mappings %j vs %j', (left, right, codes) => {
		const problems = checkSameMapping('x', new Map(left as unknown as [string, string][]), new Map(right as unknown as [string, string][]));
		expect(problems.map((p) => p.code)).toEqual(codes);
	});
});
