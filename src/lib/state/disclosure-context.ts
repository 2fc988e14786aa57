/**
 * The disclosure control the screen applies: none for the analyst, the export setting in briefing mode. The page
 * provides it once; components that print counts read it, so a count shows the same in a table, a tooltip and a legend.
 */
import { getContext, setContext } from 'svelte';
import { disclosedText, discloseCount, isControlled, NO_DISCLOSURE, type DisclosureSetting } from '$lib/analysis/disclosure/disclosure';

const KEY = Symbol('screen-disclosure');

/** Call in the page's initialisation with a getter over reactive state. */
export function provideScreenDisclosure(get: () => DisclosureSetting): void {
	setContext(KEY, get);
}

export interface ScreenCounts {
	/** A count as the screen may show it ("1,235", "fewer than 5"). */
	count: (n: number) => string;
	/** True where the count is suppressed, so a rate or share worked out from it must not show. */
	hides: (n: number) => boolean;
	/** after - before as the screen may show it: of the shown counts under control (so it gives nothing away), null when either is suppressed. */
	difference: (before: number, after: number) => number | null;
	/** Whether control is on (briefing mode): source rows and small-count charts are hidden. */
	readonly controlled: boolean;
	readonly setting: DisclosureSetting;
}

/** Call in a component's initialisation. Without a provider (tests, other pages) counts are exact. */
export function screenCounts(): ScreenCounts {
	const get = getContext<(() => DisclosureSetting) | undefined>(KEY) ?? (() => NO_DISCLOSURE);
	return {
		count: (n) => disclosedText(n, get()),
		hides: (n) => discloseCount(n, get()).suppressed,
		difference: (before, after) => {
			const [a, b] = [discloseCount(before, get()), discloseCount(after, get())];
			return a.value === null || b.value === null ? null : b.value - a.value;
		},
		get controlled() {
			return isControlled(get());
		},
		get setting() {
			return get();
		}
	};
}
