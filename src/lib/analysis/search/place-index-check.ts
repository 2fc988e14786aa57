/** Shape checks on a parsed places.json, so a stale or damaged file fails with a reason rather than odd results. */
import { PLACE_SEARCH_FORMAT, PLACE_SEARCH_VERSION, PLACE_SIZES } from './place-index-format';

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string' && v.length > 0;
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isIndex = (length: number): Check => (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < length;
const isBox: Check = (v) => Array.isArray(v) && v.length === 4 && v.every(isNumber) && v[0] <= v[2] && v[1] <= v[3];

function firstBadRow(rows: unknown, columns: readonly Check[]): string | null {
	if (!Array.isArray(rows)) return 'is not a list';
	const bad = rows.findIndex((row) => !Array.isArray(row) || row.length !== columns.length || !columns.every((check, i) => check(row[i])));
	return bad < 0 ? null : `row ${bad} is malformed: ${JSON.stringify(rows[bad])}`;
}

/** null when the file is well formed; otherwise what is wrong with it. */
export function checkPlaceSearchFile(json: unknown): string | null {
	if (typeof json !== 'object' || json === null) return 'not a JSON object';
	const file = json as Record<string, unknown>;
	if (file.format !== PLACE_SEARCH_FORMAT || file.version !== PLACE_SEARCH_VERSION) {
		return `format ${JSON.stringify(file.format)} version ${JSON.stringify(file.version)} is not ${PLACE_SEARCH_FORMAT} version ${PLACE_SEARCH_VERSION}`;
	}
	const districts = file.districts;
	if (!Array.isArray(districts) || districts.length === 0) return 'districts: not a list';
	const badDistrict = districts.findIndex(
		(d) => !isString(d?.code) || !isString(d?.name) || !isString(d?.label) || !Array.isArray(d?.formerNames) || !isString(d?.cspCode) || !isString(d?.cspName) || !isBox(d?.bbox)
	);
	if (badDistrict >= 0) return `districts: row ${badDistrict} is malformed`;
	const district = isIndex(districts.length);
	const wards = Array.isArray(file.wards) ? file.wards.length : 0;
	const isSize: Check = (v) => Object.keys(PLACE_SIZES).includes(String(v));
	const isPopulation: Check = (v) => v === null || (Number.isInteger(v) && (v as number) >= 0);
	const tables: [string, unknown, Check[]][] = [
		['wards', file.wards, [isString, isString, district, isNumber, isNumber, isNumber, isNumber]],
		['lsoas', file.lsoas, [isString, isString, district, isNumber, isNumber, isNumber, isNumber, isNumber, isNumber, isIndex(wards)]],
		['places', file.places, [isString, isSize, district, isNumber, isNumber, isPopulation]]
	];
	for (const [name, rows, columns] of tables) {
		const problem = firstBadRow(rows, columns);
		if (problem) return `${name}: ${problem}`;
	}
	return null;
}
