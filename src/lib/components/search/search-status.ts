/** The words the place-search box says about its answer, visibly and to screen readers. */
import type { SearchAnswer } from '$lib/analysis/search/search';

/** The live-region text: how many results, or why there are none. */
export function searchStatus(answer: SearchAnswer | null, loading: boolean): string {
	if (loading) return 'Place names are loading…';
	if (!answer || answer.query === '') return '';
	const n = answer.results.length;
	const found = n === 0 ? '' : `${n} ${n === 1 ? 'result' : 'results'}. `;
	return `${found}${answer.messages.map((m) => m.text).join(' ')}`.trim();
}
