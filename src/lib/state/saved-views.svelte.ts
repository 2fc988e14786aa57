import { importHistoryLines } from '$lib/analysis/ingest/import-history';
import { parseViewsJson, viewsToJson, type SavedView } from '$lib/analysis/views/saved-view';
import type { DatasetSummary } from '$lib/analysis/session/dataset-summary';
import type { ViewsStore } from '$lib/storage/views-store';
import { NO_TAB_SYNC, onTabMessage, type TabSync } from '$lib/storage/tab-sync';

/** The views saved in this browser: save the current one, rename, delete, and move them as a JSON file. */
export class SavedViewsState {
	views = $state.raw<SavedView[]>([]);
	error = $state('');
	/** What the last import of a views file kept and could not use. */
	imported = $state.raw<{ kept: number; problems: string[] } | null>(null);

	constructor(
		private readonly store: ViewsStore,
		private readonly tabs: TabSync = NO_TAB_SYNC
	) {
		onTabMessage(tabs, 'views', () => void this.load());
	}

	async load(): Promise<void> {
		this.views = await this.store.list().catch(() => []);
	}

	/** Reads the list again after a change here, and tells the other tabs. */
	private async changed(): Promise<void> {
		this.tabs.post({ kind: 'views' });
		await this.load();
	}

	private async write(view: SavedView): Promise<void> {
		try {
			await this.store.put(view);
			this.error = '';
		} catch {
			this.error = 'The view could not be kept in this browser (storage refused).';
		}
		await this.changed();
	}

	/** Saves the view a link gives now, with the dataset's label and, for an import, its files. */
	save(title: string, note: string, query: string, summary: DatasetSummary | null, now: number): Promise<void> {
		const files = summary?.kind === 'local' ? (summary.report ? importHistoryLines(summary.report) : []) : undefined;
		return this.write({ id: `view-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`, title: title.trim() || 'Untitled view', note: note.trim(), query, savedAt: now, datasetLabel: summary?.label, files });
	}

	rename(view: SavedView, title: string, note: string): Promise<void> {
		return this.write({ ...view, title: title.trim() || view.title, note: note.trim() });
	}

	async remove(id: string): Promise<void> {
		await this.store.remove(id).catch(() => undefined);
		await this.changed();
	}

	toJson(): string {
		return viewsToJson(this.views);
	}

	/** Adds the views of a file (a view with the same id is replaced); what could not be used is listed. */
	async importJson(text: string): Promise<void> {
		const { views, problems } = parseViewsJson(text);
		for (const v of views) await this.store.put(v).catch(() => problems.push(`"${v.title}" could not be kept (storage refused).`));
		this.imported = { kept: views.length, problems };
		await this.changed();
	}
}
