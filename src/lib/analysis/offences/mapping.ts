/**
 * Offence mapping tables: source labels (police.uk "Crime type", force codes, free text) to a
 * canonical group plus flags. Tables are data; this module validates them and builds the lookup.
 */
import { IngestError } from '../ingest/codes';
import { FLAG, FLAG_KEYS, OFFENCE_GROUP, OFFENCE_GROUP_KEYS, type FlagKey, type OffenceGroupKey } from './groups';
import policeUkTable from './police-uk-mapping.json';

export interface MappingEntry {
	readonly label: string;
	readonly group: OffenceGroupKey;
	readonly flags?: readonly FlagKey[];
}

export interface MappingTable {
	readonly version: number;
	readonly source: string;
	readonly entries: readonly MappingEntry[];
}

/** A row's mapped group code and flag bits. */
export interface MappedOffence {
	readonly group: number;
	readonly flags: number;
}

export interface OffenceMapping {
	readonly table: MappingTable;
	/** The group and flags for a label; undefined when the table does not list it. */
	lookup(label: string): MappedOffence | undefined;
}

const GROUPS = new Set<string>(OFFENCE_GROUP_KEYS);
const FLAGS = new Set<string>(FLAG_KEYS);

/** Labels compare case- and space-insensitively so "Public Order " still matches. */
export function normaliseLabel(label: string): string {
	return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates an unknown value (e.g. parsed JSON) as a mapping table; throws IngestError with a mapping code. */
export function parseMappingTable(value: unknown): MappingTable {
	if (!isRecord(value) || !Array.isArray(value.entries)) throw new IngestError('mapping_not_object');
	const seen = new Set<string>();
	const entries = value.entries.map((raw: unknown, i: number): MappingEntry => {
		if (!isRecord(raw) || typeof raw.label !== 'string' || typeof raw.group !== 'string') {
			throw new IngestError('mapping_bad_entry', `entry ${i}`);
		}
		if (!GROUPS.has(raw.group)) throw new IngestError('mapping_unknown_group', raw.group);
		const flags = raw.flags === undefined ? [] : raw.flags;
		if (!Array.isArray(flags)) throw new IngestError('mapping_bad_entry', `entry ${i} flags`);
		for (const f of flags) if (typeof f !== 'string' || !FLAGS.has(f)) throw new IngestError('mapping_unknown_flag', String(f));
		const key = normaliseLabel(raw.label);
		if (seen.has(key)) throw new IngestError('mapping_duplicate_label', raw.label);
		seen.add(key);
		return { label: raw.label, group: raw.group as OffenceGroupKey, flags: [...(flags as FlagKey[])] };
	});
	return {
		version: typeof value.version === 'number' ? value.version : 1,
		source: typeof value.source === 'string' ? value.source : '',
		entries
	};
}

/** Builds the lookup for a validated table. */
export function createOffenceMapping(table: MappingTable): OffenceMapping {
	const byLabel = new Map<string, MappedOffence>();
	for (const e of table.entries) {
		const flags = (e.flags ?? []).reduce((bits, f) => bits | FLAG[f], 0);
		byLabel.set(normaliseLabel(e.label), { group: OFFENCE_GROUP[e.group], flags });
	}
	return { table, lookup: (label) => byLabel.get(normaliseLabel(label)) };
}

/** The shipped police.uk table (police-uk-mapping.json). */
export const POLICE_UK_MAPPING_TABLE: MappingTable = parseMappingTable(policeUkTable);

export function policeUkMapping(): OffenceMapping {
	return createOffenceMapping(POLICE_UK_MAPPING_TABLE);
}
