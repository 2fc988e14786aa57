/**
 * Checks on area tables as they enter the build. Each returns a list of problems (empty when fine)
 * so the caller can report them all at once rather than stop at the first.
 */
import { isStudyDistrict } from '../../../src/lib/analysis/geography/districts';

/** A problem with its machine-readable code and the offending value; messages are for people. */
export interface GeographyProblem {
	readonly code: 'count' | 'duplicate' | 'unknown-district' | 'mismatch' | 'missing' | 'unexpected';
	readonly message: string;
	readonly value?: string;
}

export function checkCount(label: string, actual: number, expected: number): GeographyProblem[] {
	return actual === expected
		? []
		: [{ code: 'count', message: `${label}: expected ${expected} features, found ${actual}`, value: String(actual) }];
}

export function checkUnique(label: string, codes: readonly string[]): GeographyProblem[] {
	const seen = new Set<string>();
	const problems: GeographyProblem[] = [];
	for (const code of codes) {
		if (seen.has(code)) problems.push({ code: 'duplicate', message: `${label}: duplicate code ${code}`, value: code });
		seen.add(code);
	}
	return problems;
}

/** Every row's district must be one of the 13 study-area districts. */
export function checkDistricts(
	label: string,
	rows: readonly { readonly code: string; readonly district: string }[]
): GeographyProblem[] {
	return rows
		.filter((row) => !isStudyDistrict(row.district))
		.map((row) => ({
			code: 'unknown-district' as const,
			message: `${label}: ${row.code} has unknown district code ${JSON.stringify(row.district)}`,
			value: row.district
		}));
}

/** Two code -> value tables must hold the same keys and agree on every value. */
export function checkSameMapping(
	label: string,
	expected: ReadonlyMap<string, string>,
	actual: ReadonlyMap<string, string>
): GeographyProblem[] {
	const problems: GeographyProblem[] = [];
	for (const [code, value] of expected) {
		const other = actual.get(code);
		if (other === undefined) problems.push({ code: 'missing', message: `${label}: ${code} missing`, value: code });
		else if (other !== value) {
			problems.push({ code: 'mismatch', message: `${label}: ${code} is ${value} in one source, ${other} in the other`, value: code });
		}
	}
	for (const code of actual.keys()) {
		if (!expected.has(code)) problems.push({ code: 'unexpected', message: `${label}: unexpected code ${code}`, value: code });
	}
	return problems;
}
