/**
 * Labels of generic files to group | flags << 8: the mapping table first (police.uk and Home Office
 * descriptions), then keyword rules for free text; flags named in the label's words are added
 * either way. HTML tags are stripped before matching (the raw label stays in the record).
 */
import { OFFENCE_GROUP, OFFENCE_GROUP_KEYS, OFFENCE_GROUP_LABELS, type OffenceGroupKey } from './groups';
import { classifyFreeText, keywordFlags } from './keyword-rules';
import { createOffenceMapping, parseMappingTable, POLICE_UK_MAPPING_TABLE, type MappingTable, type OffenceMapping } from './mapping';
import homeOfficeTable from './home-office-mapping.json';

/** This app's own group names and keys ("Violence with injury", "violence_with_injury"), so its exports read back as they were written. */
const OWN_GROUP_ENTRIES = OFFENCE_GROUP_KEYS.filter((k): k is Exclude<OffenceGroupKey, 'unmapped'> => k !== 'unmapped').flatMap((group) => [
	{ label: OFFENCE_GROUP_LABELS[group], group },
	{ label: group, group }
]);

/** police.uk categories plus Home Office offence descriptions plus the app's own group names: the default for generic files. */
export const GENERIC_MAPPING_TABLE: MappingTable = (() => {
	const ho = parseMappingTable(homeOfficeTable);
	return { version: 1, source: `${POLICE_UK_MAPPING_TABLE.source}; ${ho.source}; Hotspot Atlas group names`, entries: [...OWN_GROUP_ENTRIES, ...POLICE_UK_MAPPING_TABLE.entries, ...ho.entries] };
})();

export function genericMapping(): OffenceMapping {
	return createOffenceMapping(GENERIC_MAPPING_TABLE);
}

const TAG = /<[^>]*>/g;

/** True when the label holds something tag-like: counted, and stripped for display. */
export function hasHtml(label: string): boolean {
	return /<[a-z/!][^>]*>/i.test(label);
}

/** The label as shown: tags removed, common entities decoded, spaces collapsed. */
export function displayLabel(label: string): string {
	return label
		.replace(TAG, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

export class LabelMapper {
	private readonly memo = new Map<string, number>();
	constructor(private readonly mapping: OffenceMapping) {}

	/** group | flags << 8; the group is OFFENCE_GROUP.unmapped when neither the table nor a rule knows the label. */
	map(label: string): number {
		let packed = this.memo.get(label);
		if (packed === undefined) {
			const text = hasHtml(label) ? displayLabel(label) : label;
			const m = this.mapping.lookup(text) ?? classifyFreeText(text);
			const flags = (m?.flags ?? 0) | keywordFlags(text);
			packed = (m ? m.group : OFFENCE_GROUP.unmapped) | (flags << 8);
			this.memo.set(label, packed);
		}
		return packed;
	}
}
