import type { AggregateReport } from '$lib/analysis/aggregates';
import type { DutyView } from '$lib/analysis/views/duty-view';
import type { AreaTableInfo } from '$lib/analysis/monitoring/area-table-info';
import type { AtlasClient } from '$lib/workers/atlas-client';
import { LatestAnswer } from './hotspots.svelte';

/**
 * The Duty KPIs tab's requests and the area-level tables: the KPI answer and the digest for the view's
 * settings (latest wins), and the tables imported beside the incidents, with the report of a refused one.
 */
export class DutyState {
	readonly kpis: LatestAnswer<'kpis'>;
	readonly digest: LatestAnswer<'digest'>;
	/** Admissions per district for the district table's months. */
	readonly totals: LatestAnswer<'areaTotals'>;
	tables = $state.raw<AreaTableInfo[]>([]);
	/** The report of the last table import, kept or refused; null before any. */
	report = $state.raw<{ name: string; ok: boolean; report: AggregateReport } | null>(null);
	busy = $state(false);
	error = $state('');
	/** Bumped when the tables change, so the KPIs are asked again. */
	version = $state(0);

	constructor(private readonly client: AtlasClient) {
		this.kpis = new LatestAnswer(client, 'kpis', 'The KPIs could not be worked out');
		this.digest = new LatestAnswer(client, 'digest', 'What changed could not be worked out');
		this.totals = new LatestAnswer(client, 'areaTotals', 'The area-level totals could not be worked out');
	}

	request(duty: DutyView): void {
		const baseline = duty.baseline ? ([duty.baseline[0], duty.baseline[1]] as [number, number]) : null;
		void this.kpis.request({ area: duty.area, age: duty.age, step: duty.step, baseline });
		void this.digest.request({ baseline });
	}

	/** Imports a CSV of area totals, or the synthetic admissions table; a refused table changes nothing but the report. */
	async importTable(source: { name: string; file: Blob } | { synthetic: true }): Promise<void> {
		this.busy = true;
		this.error = '';
		const name = 'synthetic' in source ? 'the synthetic admissions table' : source.name;
		try {
			const answer = await this.client.call('importAreaTable', source).answer;
			this.tables = answer.tables;
			this.report = { name, ok: answer.ok, report: answer.report };
			if (answer.ok) this.version++;
		} catch (error) {
			this.error = `${name} could not be read: ${(error as Error).message}`;
		} finally {
			this.busy = false;
		}
	}

	async removeTable(id: string): Promise<void> {
		this.tables = await this.client.call('removeAreaTable', { id }).answer;
		this.report = null;
		this.version++;
	}

	/** The tables the service holds (after a worker restart, or another tab's import). */
	async refresh(): Promise<void> {
		this.tables = await this.client.call('areaTables', {}).answer;
	}
}
