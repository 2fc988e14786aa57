import { describe, expect, it } from 'vitest';
import { DEFAULT_DEFINITION, DEFINITION_REASONS, definitionGroups, describeDefinition } from './definition';
import { OFFENCE_GROUP, OFFENCE_GROUP_KEYS } from './groups';

describe('definition of serious violence', () => {
	it('by default counts public order in and police.uk drugs (not serious violence) out', () => {
		expect(DEFAULT_DEFINITION).toContain(OFFENCE_GROUP.public_order);
		expect(DEFAULT_DEFINITION).not.toContain(OFFENCE_GROUP.not_serious_violence);
		expect(DEFAULT_DEFINITION).not.toContain(OFFENCE_GROUP.unmapped);
	});
	it('gives a reason for every group, in or out', () => {
		for (const key of OFFENCE_GROUP_KEYS) expect(DEFINITION_REASONS[key]).toMatch(/^(In|Out) by default: /);
		for (const [code, key] of OFFENCE_GROUP_KEYS.entries()) expect(DEFINITION_REASONS[key].startsWith('In')).toBe(DEFAULT_DEFINITION.includes(code));
	});
	it('uses the link definition when set, and says whose it is', () => {
		expect(definitionGroups(null)).toBe(DEFAULT_DEFINITION);
		expect(definitionGroups([0, 1])).toEqual([0, 1]);
		expect(describeDefinition([0, 1])).toBe('Serious violence (set by the user): homicide, robbery.');
		expect(describeDefinition(null)).toMatch(/^Serious violence \(the default\): homicide, robbery, .*public order, violence and sexual offences \(not split\)\.$/);
	});
});
