/**
 * Free-text offence labels ("stabbing outside club", "DA - ABH") by keyword, for labels no mapping
 * table lists. Rules run in DESIGN.md's order and the first match wins, so "robbery with a knife"
 * is robbery (with the knife flag), never possession of weapons. Flags come from their own words,
 * independently of the group.
 */
import { FLAG, OFFENCE_GROUP, type OffenceGroupKey } from './groups';
import type { MappedOffence } from './mapping';

/** Group rules in DESIGN.md section 2 order: homicide first, public order last. */
export const GROUP_RULES: readonly (readonly [OffenceGroupKey, RegExp])[] = [
	['homicide', /\b(murder|manslaughter|homicide|infanticide|unlawful killing)\b/i],
	['robbery', /\b(robbery|robbed|mugging|mugged)\b/i],
	['sexual_offences', /\b(rape|sexual|indecent|voyeurism|exposure)\b/i],
	['violence_with_injury', /\b(abh|gbh|wounding|wound|actual bodily harm|grievous bodily harm|stab|stabbed|stabbing|assault with injury|glassing)\b/i],
	['violence_without_injury', /\b(common assault|assault|battery|threats? to kill|stalking|harassment|coercive|controlling behaviour|malicious communications?)\b/i],
	['drug_supply', /\b(supply|supplying|intent to supply|trafficking|county lines?|dealing)\b/i],
	['possession_of_weapons', /\b(possession of (an? )?(offensive )?weapons?|bladed article|article with (a )?blade|offensive weapon|possession of firearms?)\b/i],
	['public_order', /\b(public order|affray|violent disorder|riot|alarm or distress)\b/i]
];

export const FLAG_RULES: readonly (readonly [number, RegExp])[] = [
	[FLAG.knife, /\b(knife|knives|blade|bladed|stab|stabbed|stabbing|machete|sharp instrument)\b/i],
	[FLAG.firearm, /\b(firearms?|guns?|shot|shooting|pistol|shotgun)\b/i],
	// "DA" only as a word in capitals: "da" inside other words or lower-case prose is not domestic abuse.
	[FLAG.domestic, /\bdomestic\b|(?<![A-Za-z])DA(?![A-Za-z])/]
];

/** Flag bits a label's words imply. */
export function keywordFlags(label: string): number {
	let bits = 0;
	for (const [bit, re] of FLAG_RULES) if (re.test(label)) bits |= bit;
	return bits;
}

/** The group of the first matching rule plus keyword flags; undefined when no group rule matches. */
export function classifyFreeText(label: string): MappedOffence | undefined {
	for (const [group, re] of GROUP_RULES) if (re.test(label)) return { group: OFFENCE_GROUP[group], flags: keywordFlags(label) };
	return undefined;
}
