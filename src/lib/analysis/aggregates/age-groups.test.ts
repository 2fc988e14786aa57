import { describe, expect, it } from 'vitest';
import { parseAgeGroup } from './age-groups';

describe('parseAgeGroup', () => {
	it.each([
		['All ages', 'all'],
		['all', 'all'],
		['', 'all'],
		['ALL_AGES', 'all'],
		['Total', 'all'],
		['Under 25', 'under_25'],
		['under 25s', 'under_25'],
		['<25', 'under_25'],
		['0-24', 'under_25'],
		['0–24 years', 'under_25'],
		['Aged under 25', 'under_25'],
		['under_25', 'under_25'],
		['0-17', '0-17'],
		['Under 18', '0-17'],
		['0 to 17', '0-17'],
		['18-24', '18-24'],
		['18 to 24 yrs', '18-24'],
		['25+', '25+'],
		['25 and over', '25+'],
		['Unknown', 'unknown'],
		['Not known', 'unknown'],
		['10-17', undefined],
		['Over 65', undefined],
		['Adults', undefined]
	])('%j -> %j', (label, group) => {
		expect(parseAgeGroup(label)).toBe(group);
	});
});
