/**
 * The areas an aggregate table may name, built from data/tables/districts.csv and lsoa21.csv (passed in
 * as text): Kent & Medway as a whole, Kent County Council's area, the 13 districts under their codes,
 * names, former names and CSPs, the Dartford and Gravesham CSP, and every LSOA 2021 in the study area.
 */
import { DISTRICTS } from '../geography/districts';
import { readRecords } from '../text/data-table';

/** From the whole study area down: each level nests inside the ones before it. */
export type AreaLevel = 'county' | 'local_authority' | 'csp' | 'district' | 'lsoa';

export interface AggregateArea {
	level: AreaLevel;
	/** GSS code; the county total has none, so it carries COUNTY_KEY. */
	code: string;
	name: string;
	/** Districts it covers whole (indexes into DISTRICTS); an LSOA lists the one district it lies in. */
	districts: readonly number[];
}

export interface AreaLookup {
	byCode: ReadonlyMap<string, AggregateArea>;
	byName: ReadonlyMap<string, AggregateArea>;
	/** LSOA 2021 per district (index into DISTRICTS): a district is summed from LSOAs only when all are there. */
	lsoaCount: readonly number[];
}

/** Kent & Medway has no single GSS code (it is Kent CC's area plus Medway UA), so it is keyed by this. */
export const COUNTY_KEY = 'kent-and-medway';
export const KENT_CC_CODE = 'E10000016';

const ALL_DISTRICTS = DISTRICTS.map((_, i) => i);
const MEDWAY = DISTRICTS.findIndex((d) => d.code === 'E06000035');

export const COUNTY_AREA: AggregateArea = { level: 'county', code: COUNTY_KEY, name: 'Kent and Medway', districts: ALL_DISTRICTS };
export const KENT_CC_AREA: AggregateArea = { level: 'local_authority', code: KENT_CC_CODE, name: 'Kent', districts: ALL_DISTRICTS.filter((i) => i !== MEDWAY) };

/** Names of the whole study area: the county pair and the NHS board that covers exactly it. */
const COUNTY_NAMES = ['kent and medway', 'kent medway', 'kent and medway icb', 'nhs kent and medway', 'nhs kent and medway icb', 'kent and medway integrated care board', 'nhs kent and medway integrated care board'];

// Stripped from the end of a name, so "Thanet District Council" and "Thanet CSP" both read as Thanet.
const NAME_SUFFIXES = ['community safety partnership', 'csp', 'county council', 'borough council', 'district council', 'city council', 'council', 'unitary authority', 'local authority'];

/** Lower case, "&" as "and", punctuation as spaces, council and CSP suffixes dropped. */
export function normaliseAreaName(name: string): string {
	let s = name.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();
	for (const suffix of NAME_SUFFIXES) {
		if (s.endsWith(` ${suffix}`)) s = s.slice(0, -suffix.length - 1).trimEnd();
	}
	return s;
}

const GSS_CODE = /^[A-Za-z]\d{8}$/;

export function looksLikeCode(text: string): boolean {
	return GSS_CODE.test(text.trim());
}

function add(map: Map<string, AggregateArea>, key: string, area: AggregateArea, what: string): void {
	const held = map.get(key);
	// Two areas under one name would make a row's meaning depend on the order of the table.
	if (held && held !== area) throw new Error(`area lookup: ${what} "${key}" names both ${held.name} and ${area.name}`);
	map.set(key, area);
}

/** The lookup; throws when the tables are not the 13 districts of districts.ts and their LSOAs. */
export function buildAreaLookup(texts: { districts: string; lsoa21: string }): AreaLookup {
	const byCode = new Map<string, AggregateArea>();
	const byName = new Map<string, AggregateArea>();
	const cspDistricts = new Map<string, { name: string; districts: number[] }>();
	const seen = new Set<number>();
	for (const r of readRecords(texts.districts)) {
		const i = DISTRICTS.findIndex((d) => d.code === r.code);
		if (i < 0) throw new Error(`area lookup: districts table names ${r.code}, not a study-area district`);
		seen.add(i);
		const area: AggregateArea = { level: 'district', code: r.code, name: r.name, districts: [i] };
		add(byCode, r.code, area, 'code');
		for (const name of [r.name, r.label, ...DISTRICTS[i].formerNames]) add(byName, normaliseAreaName(name), area, 'name');
		const csp = cspDistricts.get(r.csp_code) ?? { name: r.csp_name, districts: [] };
		csp.districts.push(i);
		cspDistricts.set(r.csp_code, csp);
	}
	if (seen.size !== DISTRICTS.length) throw new Error(`area lookup: districts table holds ${seen.size} of the ${DISTRICTS.length} districts`);
	for (const [code, csp] of cspDistricts) {
		// A one-district CSP is that district; Dartford and Gravesham share one, an area of its own.
		const area = csp.districts.length === 1 ? byCode.get(DISTRICTS[csp.districts[0]].code)! : { level: 'csp' as const, code, name: csp.name, districts: csp.districts };
		add(byCode, code, area, 'code');
		add(byName, normaliseAreaName(csp.name), area, 'name');
	}
	add(byCode, KENT_CC_CODE, KENT_CC_AREA, 'code');
	add(byName, 'kent', KENT_CC_AREA, 'name');
	add(byName, 'kent county', KENT_CC_AREA, 'name');
	for (const name of COUNTY_NAMES) add(byName, name, COUNTY_AREA, 'name');
	const lsoaCount = DISTRICTS.map(() => 0);
	for (const r of readRecords(texts.lsoa21)) {
		const i = DISTRICTS.findIndex((d) => d.code === r.district);
		if (i < 0) throw new Error(`area lookup: LSOA ${r.code} lies in ${r.district}, not a study-area district`);
		lsoaCount[i]++;
		const area: AggregateArea = { level: 'lsoa', code: r.code, name: r.name, districts: [i] };
		add(byCode, r.code, area, 'code');
		add(byName, normaliseAreaName(r.name), area, 'name');
	}
	return { byCode, byName, lsoaCount };
}

/** The area a cell names, by GSS code (any case) or by name; undefined when unknown. */
export function resolveArea(lookup: AreaLookup, text: string): AggregateArea | undefined {
	const s = text.trim();
	return looksLikeCode(s) ? lookup.byCode.get(s.toUpperCase()) : lookup.byName.get(normaliseAreaName(s));
}

