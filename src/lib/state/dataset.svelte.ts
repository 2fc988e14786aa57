import type { ColumnMapping } from '$lib/analysis/ingest/column-mapping';
import type { FileDetection } from '$lib/analysis/ingest/detect-file';
import type { EncodingChoice } from '$lib/analysis/ingest/text-decoding';
import type { DatasetSummary } from '$lib/analysis/session/dataset-summary';
import type { AtlasClient } from '$lib/workers/atlas-client';
import type { ImportFile, ImportMode, ImportProgress, ImportSettings } from '$lib/analysis/ingest/import-request';
import type { AddReport } from '$lib/analysis/ingest/append-import';
import type { ImportRecord } from '$lib/analysis/ingest/import-record';
import type { KeptDatasets } from '$lib/service/requests';
import type { ColumnMappingMemory } from './column-mapping-memory';
import { NO_TAB_SYNC, onTabMessage, type TabSync } from '$lib/storage/tab-sync';

/** Files waiting for the user to confirm how their columns are read. */
export interface PendingImport {
	files: ImportFile[];
	/** The first file that needs a mapping, as detected (or checked against the remembered or edited mapping). */
	detection: Extract<FileDetection, { kind: 'generic' }>;
	/** The file that detection is for. */
	file: ImportFile;
	encoding: EncodingChoice;
	/** True when the mapping shown was remembered from an earlier import of the same layout. */
	remembered: boolean;
	/** Other chosen files needing a mapping whose header differs from this one. */
	otherLayouts: string[];
	/** From the watched folder: added to the dataset, skipping files already imported. */
	watched?: boolean;
}

/** Said once, when a dataset kept by an earlier version is loaded. */
export const REDERIVED_NOTICE =
	'Updated to the corrected hexagon and area assignment: this import was saved by an earlier version, so its hexagons, LSOAs and districts were worked out again from the stored coordinates.';

/**
 * The dataset the page shows: which one, whether an import is running and how far it has got, and
 * whether the imported data is kept in this browser. The columns themselves stay in the worker.
 */
export class DatasetState {
	summary = $state.raw<DatasetSummary | null>(null);
	persisted = $state(false);
	/** True when another tab removed the import shown here from this browser's storage (it stays on screen). */
	removedElsewhere = $state(false);
	/** True while an import is being written to this browser's storage (it is already shown). */
	saving = $state(false);
	busy = $state(false);
	/** What the next import will be called; empty names it after its files. Cleared once an import lands. */
	importName = $state('');
	/** Whether the next import starts a new dataset or adds to the local import shown; back to 'new' once one lands. */
	importMode = $state<ImportMode>('new');
	/** The imports that made the local import shown, oldest first (empty for the demo and the sample). */
	history = $state.raw<ImportRecord[]>([]);
	/** What the last add did to each month, while the dataset it grew is shown. */
	lastAdd = $state.raw<AddReport | null>(null);
	progress = $state.raw<ImportProgress | null>(null);
	error = $state('');
	/** A one-off message about the dataset shown, e.g. that a saved import was brought up to date. */
	notice = $state('');
	/** The imports kept in this browser's store, newest first, and which one opens next time. */
	kept = $state.raw<KeptDatasets>({ datasets: [], current: null });
	/** Set while the column-mapping dialog is open. */
	pending = $state.raw<PendingImport | null>(null);
	private cancelImport: (() => void) | null = null;

	/** onshow hears every change of the dataset on screen (the app names it in the link); tabs carries kept-list changes between tabs. */
	constructor(
		private readonly client: AtlasClient,
		private readonly memory: ColumnMappingMemory,
		private readonly onshow: (summary: DatasetSummary | null) => void = () => {},
		private readonly tabs: TabSync = NO_TAB_SYNC
	) {
		onTabMessage(tabs, 'datasets', (m) => void this.keptChangedElsewhere(m.removed));
	}

	private show(summary: DatasetSummary | null, added: AddReport | null = null): void {
		if (summary?.id !== this.summary?.id) this.importMode = 'new';
		this.summary = summary;
		this.lastAdd = added;
		this.removedElsewhere = false;
		this.onshow(summary);
		void this.refreshHistory();
	}

	/** Only a local import can grow; the demo and the police.uk sample cannot. */
	get growable(): boolean {
		return this.summary?.kind === 'local';
	}

	/** Reads the history of the import shown again; an answer for a dataset no longer shown is dropped. */
	private async refreshHistory(): Promise<void> {
		const summary = this.summary;
		const history = this.growable ? await this.client.call('importHistory', {}).answer.catch(() => []) : [];
		if (this.summary === summary) this.history = history;
	}

	/** Another tab kept, removed or cleared imports: the list is read again, and the dataset shown is no longer called kept if it went. */
	private async keptChangedElsewhere(removed: readonly string[] | 'all'): Promise<void> {
		const id = this.summary?.id;
		if (id !== undefined && this.persisted && (removed === 'all' || removed.includes(id))) {
			this.persisted = false;
			this.removedElsewhere = true;
		}
		await this.refreshKept();
	}

	get isSynthetic(): boolean {
		return this.summary?.kind === 'synthetic';
	}

	private async run(action: () => Promise<void>): Promise<void> {
		this.error = '';
		this.notice = '';
		this.busy = true;
		try {
			await action();
		} catch (error) {
			this.error = (error as Error).message;
		} finally {
			this.busy = false;
			this.progress = null;
			this.cancelImport = null;
		}
	}

	loadDemo(seed: number): Promise<void> {
		return this.run(async () => {
			const answer = await this.client.call('loadDemo', { seed }).answer;
			this.show(answer.dataset);
			this.persisted = false;
		});
	}

	loadSample(): Promise<void> {
		return this.run(async () => {
			const answer = await this.client.call('loadSample', {}).answer;
			this.show(answer.dataset);
			this.persisted = false;
		});
	}

	/** Loads a kept import (by default the one shown last); false when it is not kept. */
	async restore(id?: string): Promise<boolean> {
		let found = false;
		await this.run(async () => {
			const answer = await this.client.call('restore', id === undefined ? {} : { id }).answer;
			if (answer.dataset) {
				this.show(answer.dataset);
				this.persisted = true;
				found = true;
				if (answer.rederived) this.notice = REDERIVED_NOTICE;
			}
		});
		await this.refreshKept();
		return found;
	}

	/** Reads the list of kept imports again (after a save, a removal or a clear). */
	async refreshKept(): Promise<void> {
		this.kept = await this.client.call('keptDatasets', {}).answer.catch(() => this.kept);
	}

	/** Deletes one kept import from this browser; the dataset on screen stays until another is loaded. */
	async forget(id: string): Promise<void> {
		try {
			this.kept = await this.client.call('removeKept', { id }).answer;
			if (this.summary?.id === id) this.persisted = false;
			this.tabs.post({ kind: 'datasets', removed: [id] });
		} catch (error) {
			this.error = `Could not remove the kept import: ${(error as Error).message}`;
		}
	}

	/**
	 * Looks at the chosen files first: police.uk files and archives import at once; any other layout opens
	 * the column-mapping dialog with the detected (or remembered) mapping.
	 */
	chooseFiles(files: ImportFile[]): Promise<void> {
		// Marks where the page's own work on an import begins, for the responsiveness test.
		performance.mark('hotspot-atlas:import-chosen');
		return this.run(() => this.detectThenImport(files, false));
	}

	/**
	 * A watched folder's files: added to the local import on screen (a new one when none is), skipping files its
	 * history already holds by SHA-256; a layout whose mapping was confirmed before imports without the dialog.
	 */
	importWatched(files: ImportFile[]): Promise<void> {
		return this.run(() => this.detectThenImport(files, true));
	}

	private async detectThenImport(files: ImportFile[], watched: boolean): Promise<void> {
		const detections = await this.client.call('detect', { files }).answer;
		let generic = detections.filter((d): d is PendingImport['detection'] => d.kind === 'generic');
		if (watched) {
			// A file no column of which can be read is listed and left out, so one bad file never holds up a folder's new months.
			const unreadable = generic.filter((d) => d.detection.mapping === null).map((d) => d.name);
			this.watchFailures = unreadable.map((name) => `${name}: no coordinate or date column could be found, so it was not read`);
			files = files.filter((f) => !unreadable.includes(f.name));
			generic = generic.filter((d) => !unreadable.includes(d.name));
			if (files.length === 0) return;
		}
		if (generic.length === 0) return this.startImport(files, {}, watched);
		const first = generic[0];
		const file = files.find((f) => f.name === first.name)!;
		const otherLayouts = generic.filter((d) => d.detection.signature !== first.detection.signature).map((d) => d.name);
		const remembered = this.memory.recall(first.detection.signature);
		if (watched && remembered && otherLayouts.length === 0) return this.startImport(files, { columns: remembered }, watched);
		const detection = remembered ? await this.check(file, 'auto', remembered) : first;
		this.pending = { files, file, detection, encoding: 'auto', remembered: remembered !== null, otherLayouts, watched };
	}

	private async check(file: ImportFile, encoding: EncodingChoice, mapping?: ColumnMapping): Promise<PendingImport['detection']> {
		const [answer] = await this.client.call('detect', { files: [file], encoding, mapping }).answer;
		if (answer.kind !== 'generic') throw new Error(`${file.name} could not be read as a table of incidents.`);
		return answer;
	}

	/** Re-reads the sample with an edited mapping or another encoding, so the preview and would-be rejects follow the dialog. */
	async recheck(encoding: EncodingChoice, mapping: ColumnMapping | null): Promise<void> {
		const pending = this.pending;
		if (!pending) return;
		try {
			const detection = await this.check(pending.file, encoding, mapping ?? undefined);
			if (this.pending === pending) this.pending = { ...pending, detection, encoding };
		} catch (error) {
			this.error = (error as Error).message;
		}
	}

	/** Imports the pending files with the confirmed settings, and remembers the mapping for this header. */
	confirmImport(settings: ImportSettings): Promise<void> {
		const pending = this.pending;
		this.pending = null;
		if (!pending) return Promise.resolve();
		if (settings.columns) this.memory.remember(pending.detection.detection.signature, settings.columns);
		return this.run(() => this.startImport(pending.files, settings, pending.watched ?? false));
	}

	cancelPending(): void {
		this.pending = null;
	}

	private async startImport(files: ImportFile[], settings: ImportSettings, watched = false): Promise<void> {
		const name = this.importName.trim() || undefined;
		const mode = (watched || this.importMode === 'add') && this.growable ? 'add' : 'new';
		const job = this.client.call('importFiles', { files, settings, name, mode, skipSeen: watched }, { onProgress: (p) => (this.progress = p) });
		this.cancelImport = job.cancel;
		const answer = await job.answer;
		// Marks the end of parsing, so responsiveness during the import can be told apart from drawing its result.
		performance.mark('hotspot-atlas:import-received');
		if (answer === 'cancelled') return;
		// Draws the new dataset in a task of its own, so the message that brought it stays short.
		await new Promise((resolve) => setTimeout(resolve, 0));
		this.importName = '';
		this.importMode = 'new';
		// Every file was already imported: the dataset shown did not change, only the report says so.
		if (answer.added?.importId === null) return void (this.lastAdd = answer.added);
		this.show(answer.dataset, answer.added);
		this.persisted = false;
		this.saving = true;
		void this.followSave(answer.dataset);
	}

	/** Files of the last folder check that could not be read at all, with why. */
	watchFailures = $state<string[]>([]);

	/** Takes one import's rows out of the dataset shown and keeps what is left; months it had replaced stay missing. */
	removeImport(id: string): Promise<void> {
		return this.run(async () => {
			const answer = await this.client.call('removeImport', { id }).answer;
			this.show(answer.dataset);
			this.persisted = false;
			this.saving = true;
			void this.followSave(answer.dataset);
		});
	}

	/** The import is usable at once; whether it is kept arrives when the worker's write finishes. */
	private async followSave(summary: DatasetSummary | null): Promise<void> {
		const persisted = await this.client.call('saved', {}).answer.catch(() => false);
		await this.refreshKept();
		if (persisted) this.tabs.post({ kind: 'datasets', removed: [] });
		if (this.summary !== summary) return;
		this.persisted = persisted;
		this.saving = false;
	}

	cancel(): void {
		this.cancelImport?.();
	}

	clear(): Promise<void> {
		this.saving = false;
		return this.run(async () => {
			const answer = await this.client.call('clear', {}).answer;
			this.show(answer.dataset);
			this.persisted = false;
			this.tabs.post({ kind: 'datasets', removed: 'all' });
			await this.refreshKept();
		});
	}
}
