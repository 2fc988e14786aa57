import type { FilterState } from '$lib/analysis/filters/filter-state';
import type { CubeResult } from '$lib/analysis/session/dataset-session';
import type { MappedResolution } from '$lib/analysis/session/dataset-summary';
import type { AtlasClient } from '$lib/workers/atlas-client';
import type { CubeOptions } from '$lib/service/requests';

/** The counts under the current filters, as the worker last answered; stale answers never land. */
export class CubeState {
	result = $state.raw<CubeResult | null>(null);
	error = $state('');
	/** Bumped on every new result, so layers can name it in updateTriggers. */
	version = $state(0);
	/** Milliseconds from request to answer for the latest result (shown to analysts on request, used in tests). */
	latencyMs = $state(0);
	/** Requests not yet answered: zero means the counts on screen match the current filters. */
	pending = $state(0);

	constructor(private readonly client: AtlasClient) {}

	async request(filters: FilterState, resolution: MappedResolution, options: CubeOptions = {}): Promise<void> {
		const started = performance.now();
		this.pending++;
		try {
			const result = await this.client.latest('cube', { filters, resolution, options });
			if (!result) return;
			this.error = '';
			this.result = result;
			this.version++;
			this.latencyMs = performance.now() - started;
		} catch (error) {
			this.error = (error as Error).message;
		} finally {
			this.pending--;
		}
	}

	reset(): void {
		this.result = null;
		this.version++;
	}
}
