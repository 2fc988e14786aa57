import { describe, expect, it } from 'vitest';
import { KNIFE_ASSAULT_ADMISSIONS, normaliseMeasure } from './measures';

describe('normaliseMeasure', () => {
	it.each([
		['knife_assault_admissions', KNIFE_ASSAULT_ADMISSIONS],
		['Knife assault admissions', KNIFE_ASSAULT_ADMISSIONS],
		['Hospital admissions for assault by a sharp object', KNIFE_ASSAULT_ADMISSIONS],
		['Emergency admissions: assault with knife or sharp object', KNIFE_ASSAULT_ADMISSIONS],
		['Assault by sharp object (X99)', KNIFE_ASSAULT_ADMISSIONS],
		['X99', KNIFE_ASSAULT_ADMISSIONS],
		['Knife assaults', 'knife_assaults'],
		['Knife crime offences', 'knife_crime_offences'],
		['A&E attendances - assault', 'a_and_e_attendances_assault'],
		['  ', '']
	])('%j -> %j', (label, key) => {
		expect(normaliseMeasure(label)).toBe(key);
	});
});
