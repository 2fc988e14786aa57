import type { Resolution } from '$lib/analysis/filters/url-state';
import type { MappedResolution } from '$lib/analysis/session/dataset-summary';

/**
 * The H3 resolution "auto" picks for a zoom: hexes stay roughly 10-40 px across, small enough to show
 * where within a town, large enough to hold more than one or two incidents.
 */
export function resolutionForZoom(zoom: number): MappedResolution {
	if (zoom < 9.5) return 7;
	if (zoom < 11.5) return 8;
	return 9;
}

export function effectiveResolution(choice: Resolution, zoom: number): MappedResolution {
	return choice === 'auto' ? resolutionForZoom(zoom) : choice;
}

