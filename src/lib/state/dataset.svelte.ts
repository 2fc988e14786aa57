import type { DatasetSummary } from '$lib/analysis/session/dataset-summary';
import type { AtlasClient } from '$lib/workers/atlas-client';
import type { ImportFile, ImportProgress } from '$lib/workers/protocol';

/**
 * The dataset the page shows: which one, whether an import is running and how far it has got, and
 * whether the imported data is kept in this browser. The columns themselves stay in the worker.
 */
export class DatasetState {
	summary = $state.raw<DatasetSummary | null>(null);
	persisted = $state(false);
	busy = $state(false);
	progress = $state.raw<ImportProgress | null>(null);
	error = $state('');
	private cancelImport: (() => void) | null = null;

	constructor(private readonly client: AtlasClient) {}

	get isSynthetic(): boolean {
		return this.summary?.kind === 'synthetic';
	}

	private async run(action: () => Promise<void>): Promise<void> {
		this.error = '';
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
			const answer = await this.client.loadDemo(seed);
			this.summary = answer.dataset;
			this.persisted = false;
		});
	}

	/** Loads what this browser kept from an earlier import; false when nothing was kept. */
	async restore(): Promise<boolean> {
		let found = false;
		await this.run(async () => {
			const answer = await this.client.restore();
			if (answer.dataset) {
				this.summary = answer.dataset;
				this.persisted = true;
				found = true;
			}
		});
		return found;
	}

	importFiles(files: ImportFile[]): Promise<void> {
		return this.run(async () => {
			const job = this.client.importFiles(files, (p) => (this.progress = p));
			this.cancelImport = job.cancel;
			const answer = await job.result;
			if (answer === 'cancelled') return;
			this.summary = answer.dataset;
			this.persisted = answer.persisted;
		});
	}

	cancel(): void {
		this.cancelImport?.();
	}

	clear(): Promise<void> {
		return this.run(async () => {
			const answer = await this.client.clear();
			this.summary = answer.dataset;
			this.persisted = false;
		});
	}
}
