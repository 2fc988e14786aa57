/** Each emerging hot spot pattern in words, shared by the legend's table and the glossary. */
import type { EmergingKind } from '$lib/analysis/stats/emerging';

export const EMERGING_PATTERNS: Readonly<Record<EmergingKind, string>> = {
	new: 'significant in the last step only',
	consecutive: 'an unbroken run of significant steps at the end, never before',
	intensifying: 'significant in 90% of steps including the last, and getting stronger',
	persistent: 'significant in 90% of steps, with no clear trend',
	diminishing: 'significant in 90% of steps including the last, and getting weaker',
	sporadic: 'significant in the last step and on and off before',
	oscillating: 'significant in the last step, and the opposite in an earlier one',
	historical: 'significant in 90% of steps, but not the last'
};

/** "Intensifying": the pattern's name as a heading or table row. */
export function patternName(kind: EmergingKind): string {
	return kind[0].toUpperCase() + kind.slice(1);
}
