import { describe, expect, it } from 'vitest';
import { FLAG, OFFENCE_GROUP, OFFENCE_GROUP_KEYS, flagKeysOf } from './groups';
import { displayLabel, genericMapping, hasHtml, LabelMapper } from './label-mapper';

const mapper = new LabelMapper(genericMapping());
const read = (label: string) => {
	const p = mapper.map(label);
	return [OFFENCE_GROUP_KEYS[p & 0xff], flagKeysOf(p >> 8)];
};

describe('LabelMapper', () => {
	it.each([
		['Assault occasioning actual bodily harm', 'violence_with_injury', []],
		['Wounding with intent to do grievous bodily harm', 'violence_with_injury', []],
		['Common assault and battery', 'violence_without_injury', []],
		['Robbery of personal property', 'robbery', []],
		['Robbery of business property', 'robbery', []],
		['Possession of article with blade or point', 'possession_of_weapons', ['knife']],
		['Possession of firearms with intent', 'possession_of_weapons', ['firearm']],
		['Rape of a female aged 16 and over', 'sexual_offences', []],
		['Sexual assault on a female', 'sexual_offences', []],
		['Murder', 'homicide', []],
		['Manslaughter', 'homicide', []],
		['Threats to kill', 'violence_without_injury', []],
		['Stalking', 'violence_without_injury', []],
		['Harassment', 'violence_without_injury', []],
		['Controlling or coercive behaviour', 'violence_without_injury', []],
		['Public fear, alarm or distress', 'public_order', []],
		['Possession of controlled drugs (cannabis)', 'not_serious_violence', []],
		['Production/supply of a controlled drug (class A)', 'drug_supply', []],
		['ROBBERY OF PERSONAL PROPERTY ', 'robbery', []],
		['Violence and sexual offences', 'violence_and_sexual_not_split', []]
	])('maps the Home Office description "%s"', (label, group, flags) => {
		expect(read(label)).toEqual([group, flags]);
	});

	it.each([
		['robbery with a knife outside shop', 'robbery', ['knife']],
		['Stabbing in high street', 'violence_with_injury', ['knife']],
		['DA - ABH on partner', 'violence_with_injury', ['domestic']],
		['domestic common assault', 'violence_without_injury', ['domestic']],
		['man shot in leg', 'unmapped', ['firearm']],
		['murder by shooting', 'homicide', ['firearm']],
		['county lines dealing', 'drug_supply', []],
		['bladed article found in bag', 'possession_of_weapons', ['knife']],
		['Affray', 'public_order', []],
		['Data protection breach', 'unmapped', []],
		['lost property', 'unmapped', []]
	])('reads free text "%s" by keyword, first rule in DESIGN order winning', (label, group, flags) => {
		expect(read(label)).toEqual([group, flags]);
	});

	it('strips HTML before matching and for display', () => {
		expect(hasHtml('<b>Robbery</b> of personal property')).toBe(true);
		expect(hasHtml('a < b')).toBe(false);
		expect(displayLabel('<b>Robbery</b> of <i>personal</i> property')).toBe('Robbery of personal property');
		expect(mapper.map('<b>Robbery</b> of personal property') & 0xff).toBe(OFFENCE_GROUP.robbery);
		expect(mapper.map('Knife crime <script>x</script>') >> 8).toBe(FLAG.knife);
	});
});
