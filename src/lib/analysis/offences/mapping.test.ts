import { describe, expect, it } from 'vitest';
import { FLAG, flagKeysOf, OFFENCE_GROUP, OFFENCE_GROUP_KEYS } from './groups';
import { createOffenceMapping, parseMappingTable, POLICE_UK_MAPPING_TABLE, policeUkMapping } from './mapping';
import raw from './police-uk-mapping.json';

const POLICE_UK_TYPES = [
	'Anti-social behaviour', 'Bicycle theft', 'Burglary', 'Criminal damage and arson', 'Drugs', 'Other crime', 'Other theft',
	'Possession of weapons', 'Public order', 'Robbery', 'Shoplifting', 'Theft from the person', 'Vehicle crime', 'Violence and sexual offences'
];

describe('police.uk mapping table', () => {
	const mapping = policeUkMapping();

	it("covers police.uk's 14 crime types and nothing else", () => {
		expect(POLICE_UK_MAPPING_TABLE.entries.map((e) => e.label).sort()).toEqual([...POLICE_UK_TYPES].sort());
		for (const t of POLICE_UK_TYPES) expect(mapping.lookup(t), t).toBeDefined();
	});

	it.each([
		['Violence and sexual offences', 'violence_and_sexual_not_split'],
		['Robbery', 'robbery'],
		['Possession of weapons', 'possession_of_weapons'],
		['Public order', 'public_order'],
		['Drugs', 'not_serious_violence'],
		['Burglary', 'not_serious_violence']
	])('%s -> %s', (label, group) => expect(OFFENCE_GROUP_KEYS[mapping.lookup(label)!.group]).toBe(group));

	it('matches labels ignoring case and spacing, and returns undefined for unknown ones', () => {
		expect(mapping.lookup('  public   ORDER ')).toEqual({ group: OFFENCE_GROUP.public_order, flags: 0 });
		expect(mapping.lookup('Knife crime')).toBeUndefined();
	});
});

describe('parseMappingTable', () => {
	it.each([
		[null, 'mapping_not_object'],
		[{ entries: [{ label: 'x' }] }, 'mapping_bad_entry'],
		[{ entries: [{ label: 'x', group: 'murder' }] }, 'mapping_unknown_group'],
		[{ entries: [{ label: 'x', group: 'robbery', flags: ['sword'] }] }, 'mapping_unknown_flag'],
		[{ entries: [{ label: 'X', group: 'robbery' }, { label: 'x ', group: 'homicide' }] }, 'mapping_duplicate_label']
	])('rejects %j with %s', (value, code) => expect(() => parseMappingTable(value)).toThrow(expect.objectContaining({ code })));

	it('sets flags independently of the group and does not mutate its input', () => {
		const input = { version: 2, source: 's', entries: [{ label: 'Knife robbery', group: 'robbery', flags: ['knife', 'public_place'] }] };
		const copy = structuredClone(input);
		const m = createOffenceMapping(parseMappingTable(input));
		expect(m.lookup('knife robbery')).toEqual({ group: OFFENCE_GROUP.robbery, flags: FLAG.knife | FLAG.public_place });
		expect(flagKeysOf(FLAG.knife | FLAG.outside)).toEqual(['knife', 'outside']);
		expect(input).toEqual(copy);
		expect(parseMappingTable(raw)).toEqual(POLICE_UK_MAPPING_TABLE);
	});
});
