/**
 * The definition of serious violence every number uses: which offence groups count. Partnerships differ,
 * so it is a setting, carried in the link and stated in exports; this module holds the default, the reason
 * for each group's place in it, and the national wording it follows.
 */
import { DEFAULT_GROUP_CODES, OFFENCE_GROUP_KEYS, OFFENCE_GROUP_LABELS, type OffenceGroupKey } from './groups';

/** The national scope the default follows, with where each passage comes from. */
export const DEFINITION_SOURCES: readonly { text: string; source: string }[] = [
	{
		text: 'Specific types of crime such as homicide, knife crime, and gun crime and areas of criminality where serious violence or its threat is inherent, such as in gangs and county lines drug dealing.',
		source: 'HM Government, Serious Violence Strategy (April 2018): the scope the Serious Violence Duty builds on'
	},
	{
		text: 'For the purposes of the Duty, violence includes domestic abuse, sexual offences, violence against property and threats of violence, but does not include terrorism.',
		source: 'Police, Crime, Sentencing and Courts Act 2022, section 13, as the Serious Violence Duty statutory guidance (December 2022) summarises it'
	}
];

/** Said beside the setting: the app cannot ship a local definition it has not been given. */
export const LOCAL_DEFINITION_NOTE =
	"Each partnership agrees its own local definition. Set the groups here to match Kent & Medway's agreed definition; the choice is kept in the link and stated in every export.";

/** Why each group is in or out of the default. */
export const DEFINITION_REASONS: Readonly<Record<OffenceGroupKey, string>> = {
	homicide: 'In by default: named in the national scope.',
	robbery: 'In by default: violence against the person with property taken, often knife-enabled.',
	sexual_offences: 'In by default: the Act includes sexual offences.',
	violence_with_injury: 'In by default: violence against the person.',
	violence_without_injury: 'In by default: violence against the person, and threats of violence, which the Act includes.',
	drug_supply: 'In by default: county lines drug dealing is named in the national scope (partner data that separates supply from possession).',
	possession_of_weapons: 'In by default: knife and gun crime are named in the national scope.',
	public_order:
		'In by default: the Act includes threats of violence, and police.uk\'s "Public order" holds fear, alarm and distress offences; some partnerships leave it out because it also holds non-violent disorder.',
	violence_and_sexual_not_split: 'In by default: police.uk reports violence and sexual offences as one category.',
	not_serious_violence:
		'Out by default: burglary, theft, anti-social behaviour and police.uk\'s "Drugs", which does not split possession (the large majority) from supply, so counting it would overstate county lines.',
	unmapped: 'Out by default: labels not yet mapped to a group are listed in the row report for the analyst to map.'
};

/** The groups counted when the link sets none. */
export const DEFAULT_DEFINITION: readonly number[] = DEFAULT_GROUP_CODES;

/** The definition in effect: the link's, else the default. */
export function definitionGroups(definition: readonly number[] | null): readonly number[] {
	return definition ?? DEFAULT_DEFINITION;
}

/** One line for exports and the panel: which groups count, and whether that is the default. */
export function describeDefinition(definition: readonly number[] | null): string {
	const groups = definitionGroups(definition);
	const names = OFFENCE_GROUP_KEYS.filter((_, code) => groups.includes(code)).map((k) => OFFENCE_GROUP_LABELS[k].toLowerCase());
	const which = definition === null ? 'the default' : 'set by the user';
	return `Serious violence (${which}): ${names.length ? names.join(', ') : 'no groups'}.`;
}
