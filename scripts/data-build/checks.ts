/** Turns collected geography problems into one loud failure. */
import type { GeographyProblem } from './geography/validate';
import { DataBuildError } from './source';

/** Expected feature counts of the raw inputs (PROVENANCE.md §2, §4, §6). */
export const EXPECTED = { districts: 13, lsoa21: 1107, lsoa11: 1065, wards25: 279, upperTier: 2 } as const;

export function failOnProblems(context: string, problems: readonly GeographyProblem[]): void {
	if (problems.length === 0) return;
	const shown = problems.slice(0, 20).map((p) => `  - [${p.code}] ${p.message}`);
	const more = problems.length > 20 ? [`  ... and ${problems.length - 20} more`] : [];
	throw new DataBuildError([`${context}: ${problems.length} problem(s)`, ...shown, ...more].join('\n'));
}
