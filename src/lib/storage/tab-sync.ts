/**
 * Tells this browser's other tabs of the app that the stores they read have changed, so a tab never goes on
 * showing sites, views or a "kept" dataset that another tab has changed or removed (BroadcastChannel: same
 * origin, same browser, nothing leaves the machine). Messages name what changed, never its contents.
 */
export type TabMessage =
	| { kind: 'datasets'; removed: readonly string[] | 'all' }
	| { kind: 'sites' }
	| { kind: 'views' }
	/** Everything kept in this browser was deleted: other tabs reload rather than show or save what is gone. */
	| { kind: 'cleared-all' };

export interface TabSync {
	post(message: TabMessage): void;
	/** Hears other tabs' messages (never this tab's own); returns a function that stops listening. */
	listen(onMessage: (message: TabMessage) => void): () => void;
	close(): void;
}

/** Hears other tabs' messages of one kind only. */
export function onTabMessage<K extends TabMessage['kind']>(tabs: TabSync, kind: K, handler: (message: Extract<TabMessage, { kind: K }>) => void): () => void {
	return tabs.listen((m) => {
		if (m.kind === kind) handler(m as Extract<TabMessage, { kind: K }>);
	});
}

/** For tests and for browsers without BroadcastChannel: tabs are then not told, as before. */
export const NO_TAB_SYNC: TabSync = { post() {}, listen: () => () => {}, close() {} };

export function broadcastTabSync(name = 'hotspot-atlas'): TabSync {
	if (typeof BroadcastChannel === 'undefined') return NO_TAB_SYNC;
	const channel = new BroadcastChannel(name);
	return {
		post: (message) => channel.postMessage(message),
		listen(onMessage) {
			const handler = (e: MessageEvent<TabMessage>) => onMessage(e.data);
			channel.addEventListener('message', handler);
			return () => channel.removeEventListener('message', handler);
		},
		close: () => channel.close()
	};
}
