import type { WeightRowReport } from '$lib/analysis/weights/weight-rows';
import type { WeightTable } from '$lib/analysis/weights/weight-table';
import type { WeightStore } from '$lib/storage/weights-store';
import type { AtlasClient } from '$lib/workers/atlas-client';

/** One choice of the weighting control. */
export interface WeightingChoice {
	id: string;
	label: string;
}

/**
 * The weight tables the hot spot map can sum instead of counting: the built-in ones (from the service) and
 * the one the user loaded, kept in the browser. A failed load leaves the table in use as it was.
 */
export class WeightsState {
	tables = $state.raw<WeightTable[]>([]);
	own = $state.raw<WeightTable | null>(null);
	/** The row report of the table loaded in this session. */
	ownReport = $state.raw<WeightRowReport | null>(null);
	error = $state('');

	constructor(
		private readonly client: AtlasClient,
		private readonly store: WeightStore
	) {}

	async load(): Promise<void> {
		const [tables, own] = await Promise.all([
			this.client.call('weightTables', {}).answer.catch((error: unknown) => {
				this.error = `The built-in weight tables could not be read: ${(error as Error).message}`;
				return [];
			}),
			this.store.load().catch(() => null)
		]);
		this.tables = tables;
		this.own ??= own;
	}

	get choices(): WeightingChoice[] {
		const builtIn = this.tables.map((t) => ({ id: t.id, label: t.label }));
		return [{ id: 'count', label: 'Incident counts (no weighting)' }, ...builtIn, ...(this.own ? [{ id: 'own', label: this.own.label }] : [])];
	}

	/** The table a weighting id names; null for counts or a table that is not here. */
	table(id: string): WeightTable | null {
		if (id === 'count') return null;
		if (id === 'own') return this.own;
		return this.tables.find((t) => t.id === id) ?? null;
	}

	/** Reads a CSV the user picked; true when it became the user's table. */
	async loadFile(file: File): Promise<boolean> {
		// papaparse loads with the first file picked, not with the page.
		const [{ parseUserWeights }, text] = await Promise.all([import('$lib/analysis/weights/user-weights'), file.text()]);
		const parsed = parseUserWeights(text, file.name);
		if ('error' in parsed) {
			this.error = parsed.error;
			return false;
		}
		if (parsed.report.kept === 0) {
			this.error = `${file.name}: none of its ${parsed.report.read} rows could be used, so the table in use is unchanged.`;
			this.ownReport = parsed.report;
			return false;
		}
		this.error = '';
		this.own = parsed.table;
		this.ownReport = parsed.report;
		await this.store.save(parsed.table).catch(() => {
			this.error = 'The table is in use but could not be kept in this browser (storage refused).';
		});
		return true;
	}

	async forget(): Promise<void> {
		this.own = null;
		this.ownReport = null;
		await this.store.save(null).catch(() => undefined);
	}
}
