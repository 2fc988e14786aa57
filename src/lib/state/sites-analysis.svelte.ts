import type { FilterState } from '$lib/analysis/filters/filter-state';
import type { MappedResolution } from '$lib/analysis/session/dataset-summary';
import type { BeforeAfterAnswer, SitesAnswer } from '$lib/analysis/session/sites-answer';
import type { Catchment } from '$lib/analysis/sites/catchment';
import type { AtlasClient } from '$lib/workers/atlas-client';

class LocalChoice {
	beforeAfter = $state.raw<{ siteId: string; months: number } | null>(null);
}

/** The worker's latest site coverage, gaps and before/after, each tagged with what it answers; stale answers never land. */
export class SitesAnalysis {
	answer = $state.raw<(SitesAnswer & { datasetId: string; resolution: MappedResolution }) | null>(null);
	error = $state('');
	beforeAfter = $state.raw<BeforeAfterAnswer | null>(null);
	beforeAfterPending = $state(false);
	beforeAfterError = $state('');
	private latestBeforeAfter = 0;

	/** `settings.beforeAfter` is kept in the page's ViewStore, so the link carries the comparison shown. */
	constructor(
		private readonly client: AtlasClient,
		private readonly settings: { beforeAfter: { siteId: string; months: number } | null } = new LocalChoice()
	) {}

	/** The site and months the before/after check is for; the app requests it whenever this or the filters change. */
	get choice(): { siteId: string; months: number } | null {
		return this.settings.beforeAfter;
	}
	set choice(choice: { siteId: string; months: number } | null) {
		this.settings.beforeAfter = choice;
	}

	async request(datasetId: string, filters: FilterState, resolution: MappedResolution, catchments: Catchment[], hotCells?: string[]): Promise<void> {
		try {
			// Null when a newer request superseded this one: the client's latest-wins rule, as for the cube.
			const answer = await this.client.latest('sites', { filters, resolution, catchments, hotCells });
			if (!answer) return;
			this.answer = { ...answer, datasetId, resolution };
			this.error = '';
		} catch (error) {
			this.error = (error as Error).message;
		}
	}

	async requestBeforeAfter(filters: FilterState, resolution: MappedResolution | null, catchment: Catchment, start: string, months: number): Promise<void> {
		const ticket = ++this.latestBeforeAfter;
		this.beforeAfterPending = true;
		try {
			const answer = await this.client.call('beforeAfter', { filters, resolution, catchment, start, months }).answer;
			if (ticket !== this.latestBeforeAfter) return;
			this.beforeAfter = answer;
			this.beforeAfterError = '';
		} catch (error) {
			if (ticket === this.latestBeforeAfter) this.beforeAfterError = (error as Error).message;
		} finally {
			if (ticket === this.latestBeforeAfter) this.beforeAfterPending = false;
		}
	}

	clearBeforeAfter(): void {
		this.latestBeforeAfter++;
		this.beforeAfter = null;
		this.beforeAfterPending = false;
	}
}
