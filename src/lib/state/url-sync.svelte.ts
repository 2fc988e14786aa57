import { onMount } from 'svelte';
import { resolve } from '$app/paths';
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import type { ViewStore } from './view.svelte';

const withoutPosition = (q: string) => q.replace(/(^|&)at=[^&]*/, '');

/**
 * Keeps the URL and the view in step; call during a component's initialisation. Every view change is
 * written to the URL (filter changes as new history entries, map moves in place), starting from the
 * address as typed so a link with unusable parts is rewritten to what is shown; back and forward read it.
 */
export function syncViewWithUrl(view: ViewStore, onpop: () => void): void {
	let lastQuery = location.search.slice(1);
	let firstWrite = true;
	// Kit refuses pushState/replaceState until its router has started (dev mode starts it after the page's effects).
	let routerReady = $state(false);
	afterNavigate(() => (routerReady = true));

	// Kit's pushState reads the scroll offset, which forces a layout when the DOM has just changed, so the
	// write runs in a task of its own after the change; writes that land before then merge into one entry.
	let pending: { url: string; push: boolean } | null = null;
	const write = () => {
		if (!pending) return;
		const { url, push } = pending;
		pending = null;
		if (push) pushState(url, {});
		else replaceState(url, {});
	};

	$effect(() => {
		if (!routerReady) return;
		const query = view.query;
		const first = firstWrite;
		firstWrite = false;
		if (query === lastQuery) return;
		const moveOnly = first || withoutPosition(query) === withoutPosition(lastQuery);
		lastQuery = query;
		const url = `${resolve('/')}${query ? `?${query}` : ''}`;
		if (!pending) setTimeout(write, 0);
		pending = { url, push: (pending?.push ?? false) || !moveOnly };
	});

	onMount(() => {
		const onPopState = () => {
			pending = null;
			view.readQuery(location.search);
			lastQuery = view.query;
			onpop();
		};
		window.addEventListener('popstate', onPopState);
		return () => window.removeEventListener('popstate', onPopState);
	});
}
