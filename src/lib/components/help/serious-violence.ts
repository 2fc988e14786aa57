/**
 * The glossary's serious violence entry, generated from the definition module and the police.uk mapping table,
 * so the groups it lists as counted by default, and why, are always the ones the counts use.
 */
import { DEFAULT_DEFINITION, DEFINITION_REASONS, DEFINITION_SOURCES, LOCAL_DEFINITION_NOTE } from '$lib/analysis/offences/definition';
import { OFFENCE_GROUP, OFFENCE_GROUP_KEYS, OFFENCE_GROUP_LABELS, type OffenceGroupKey } from '$lib/analysis/offences/groups';
import { POLICE_UK_MAPPING_TABLE } from '$lib/analysis/offences/mapping';
import type { GlossaryText } from './glossary-entry';

const counted = (key: OffenceGroupKey) => DEFAULT_DEFINITION.includes(OFFENCE_GROUP[key]);
/** The reason without its "In by default: " opening, which the list heading already says; police.uk keeps its small p. */
const reason = (key: OffenceGroupKey) => DEFINITION_REASONS[key].replace(/^(In|Out) by default: /, '').replace(/^(?!police\.uk)./, (c) => c.toUpperCase());
const groupItems = (inDefault: boolean) => OFFENCE_GROUP_KEYS.filter((k) => counted(k) === inDefault).map((k) => ({ term: OFFENCE_GROUP_LABELS[k], text: reason(k) }));
const policeUkLabels = (inDefault: boolean) =>
	POLICE_UK_MAPPING_TABLE.entries.filter((e) => counted(e.group) === inDefault).map((e) => `“${e.label}”`).join(', ');

/** The offence groups counted when no one has changed the definition, in code order. */
export const DEFAULT_GROUP_LABELS: readonly string[] = groupItems(true).map((i) => i.term);

export const SERIOUS_VIOLENCE_ENTRY: GlossaryText = {
	title: 'Serious violence',
	plain: [
		'The offences this atlas counts as serious violence. Every map, table and export uses one definition, shown under “What counts as serious violence” above the filters.',
		`Counted unless you change it: ${DEFAULT_GROUP_LABELS.join(', ').toLowerCase()}. Each group's reason is below.`,
		`From police.uk, these crime types count by default: ${policeUkLabels(true)}. These do not: ${policeUkLabels(false)}. “Drugs” is left out because police.uk does not separate possession from supply.`,
		'Knife, gun and domestic abuse are marks on an incident, not groups of their own, so a knife-enabled robbery is a robbery marked “knife”. Use “Only incidents flagged” in the filters to see them.',
		// Last, beside the "Change the definition" button its "here" points to.
		LOCAL_DEFINITION_NOTE
	],
	lists: [
		{ heading: 'Counted by default', items: groupItems(true) },
		{ heading: 'Not counted by default', items: groupItems(false) }
	],
	quotes: DEFINITION_SOURCES,
	technical:
		'Serious Violence Duty (Police, Crime, Sentencing and Courts Act 2022, Part 2, Chapter 1). Source offence labels (police.uk crime types, Home Office offence descriptions, force labels) are mapped to one offence group each by editable mapping tables; labels no table maps are listed in the import report as unmapped.',
	action: 'change-definition'
};
