import type { FilterState } from '$lib/analysis/filters/filter-state';
import type { HotspotResult, HotspotRobustness } from '$lib/analysis/session/hotspots';
import type { StabilityAnswer, WindowLength } from '$lib/analysis/session/stability-answer';
import type { EmergingAnswer, EmergingStep } from '$lib/analysis/session/emerging-answer';
import type { MappedResolution } from '$lib/analysis/session/dataset-summary';
import type { AtlasClient } from '$lib/workers/atlas-client';

/** The Gi* answer for the current filters, resolution and k, as the worker last answered; stale answers never land. */
export class HotspotState {
	answer = $state.raw<HotspotResult | null>(null);
	error = $state('');
	pending = $state(0);
	/** Bumped on every new answer, for the layer's updateTriggers. */
	version = $state(0);

	constructor(private readonly client: AtlasClient) {}

	async request(filters: FilterState, resolution: MappedResolution, k: number): Promise<void> {
		this.pending++;
		try {
			const answer = await this.client.latest('hotspots', { filters, resolution, k });
			if (!answer) return;
			this.error = '';
			this.answer = answer;
			this.version++;
		} catch (error) {
			this.error = `Hot spots could not be computed: ${(error as Error).message}`;
		} finally {
			this.pending--;
		}
	}

	reset(): void {
		this.answer = null;
		this.version++;
	}
}

/** How the hot spots hold up across k and resolution, asked for while the hot spots tab is open. */
export class RobustnessState {
	answer = $state.raw<HotspotRobustness | null>(null);
	error = $state('');
	pending = $state(0);

	constructor(private readonly client: AtlasClient) {}

	async request(filters: FilterState, resolution: MappedResolution, k: number): Promise<void> {
		this.pending++;
		try {
			const answer = await this.client.latest('hotspotRobustness', { filters, resolution, k });
			if (!answer) return;
			this.error = '';
			this.answer = answer;
		} catch (error) {
			this.error = `Robustness could not be worked out: ${(error as Error).message}`;
		} finally {
			this.pending--;
		}
	}
}

/** Hotspot stability over consecutive windows, asked for while the hot spots tab is open. */
export class StabilityState {
	answer = $state.raw<StabilityAnswer | null>(null);
	error = $state('');
	pending = $state(0);
	/** The window length the analyst chose. */
	length = $state<WindowLength>('year');

	constructor(private readonly client: AtlasClient) {}

	async request(filters: FilterState, resolution: MappedResolution, k: number, length: WindowLength): Promise<void> {
		this.pending++;
		try {
			const answer = await this.client.latest('stability', { filters, resolution, k, length });
			if (!answer) return;
			this.error = '';
			this.answer = answer;
		} catch (error) {
			this.error = `Stability could not be worked out: ${(error as Error).message}`;
		} finally {
			this.pending--;
		}
	}
}

/** Emerging hot spot classes for the current filters, asked for while that layer is shown. */
export class EmergingState {
	answer = $state.raw<EmergingAnswer | null>(null);
	error = $state('');
	pending = $state(0);
	version = $state(0);

	constructor(private readonly client: AtlasClient) {}

	async request(filters: FilterState, resolution: MappedResolution, k: number, step: EmergingStep): Promise<void> {
		this.pending++;
		try {
			const answer = await this.client.latest('emerging', { filters, resolution, k, step });
			if (!answer) return;
			this.error = '';
			this.answer = answer;
			this.version++;
		} catch (error) {
			this.error = `Emerging hot spots could not be worked out: ${(error as Error).message}`;
		} finally {
			this.pending--;
		}
	}
}
