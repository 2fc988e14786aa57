import { describe, expect, it } from 'vitest';
import { counted } from './counted';
import { point, site } from './fixtures.test-helpers';
import { ruleNotes } from './rule-notes';

describe('ruleNotes', () => {
	const sites = [
		site('a', point(0.5, 51.3), { name: 'Blank', hours: '', audience: '' }),
		site('b', point(0.5, 51.3), { name: 'Vague', hours: 'evenings', audience: 'young people' }),
		site('c', point(0.5, 51.3), { name: 'Clear', hours: 'Fri 18:00-21:00', audience: '10-17' })
	];
	it('names the sites read as any time or all ages, and those the rule cannot read', () => {
		expect(ruleNotes(sites, { time: true, marginMinutes: 0, ages: true })).toEqual({
			hoursNotStated: ['Blank'],
			hoursUnreadable: ['Vague'],
			audienceNotStated: ['Blank'],
			audienceUnreadable: ['Vague']
		});
	});
	it('says nothing about a part of the rule that is off', () => {
		expect(ruleNotes(sites, { time: false, marginMinutes: 0, ages: false })).toEqual({ hoursNotStated: [], hoursUnreadable: [], audienceNotStated: [], audienceUnreadable: [] });
	});
});

describe('counted', () => {
	it('puts the noun in the right number', () => {
		expect([counted(0, 'site'), counted(1, 'site'), counted(2, 'site'), counted(1204, 'incident'), counted(1, 'catchment', 'catchments')]).toEqual(['0 sites', '1 site', '2 sites', '1,204 incidents', '1 catchment']);
	});
});
