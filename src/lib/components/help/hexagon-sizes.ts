/**
 * The three hexagon sizes in words: a name, the width across and the area. The figures are H3's published
 * averages (h3-js getHexagonEdgeLengthAvg and getHexagonAreaAvg, tested against them), so help needs no h3-js call.
 */
import { INGEST_RESOLUTIONS, type IngestResolution } from '$lib/analysis/h3/cell-id';

/** Average edge length in metres by resolution (H3's published table). */
export const HEX_EDGE_M: Readonly<Record<IngestResolution, number>> = { 7: 1406.475763, 8: 531.41401, 9: 200.786148 };

/** Average area in km² by resolution, unrounded: 0.105 would print as "0.10" where the average is 0.1053. */
export const HEX_AREA_AVG_KM2: Readonly<Record<IngestResolution, number>> = { 7: 5.16129336, 8: 0.737327598, 9: 0.105332513 };

/** Hexagons over Kent are this much of the world average area (measured with h3-js cellArea near Maidstone). */
export const KENT_AREA_SHARE = 0.89;

const NAMES: Readonly<Record<IngestResolution, string>> = { 7: 'large', 8: 'medium', 9: 'small' };

/** "large", "medium" or "small". */
export function sizeName(resolution: IngestResolution): string {
	return NAMES[resolution];
}

/** Flat side to flat side: the square root of 3 times the edge. */
export function acrossM(resolution: IngestResolution): number {
	return Math.sqrt(3) * HEX_EDGE_M[resolution];
}

/** "920 m" or "2.4 km". */
function distanceText(m: number): string {
	return m < 1000 ? `${Math.round(m / 10) * 10} m` : `${(m / 1000).toFixed(1)} km`;
}

/** "medium (8), about 0.74 km²": for selects and legends. */
export function sizeLabel(resolution: IngestResolution): string {
	return `${NAMES[resolution]} (${resolution}), about ${HEX_AREA_AVG_KM2[resolution].toPrecision(2)} km²`;
}

/** One line per size for the glossary: "About 920 m across and 0.74 km² (74 hectares) on average.". */
export function sizeDescription(resolution: IngestResolution): string {
	const hectares = Math.round(HEX_AREA_AVG_KM2[resolution] * 100);
	return `About ${distanceText(acrossM(resolution))} across and ${HEX_AREA_AVG_KM2[resolution].toPrecision(2)} km² (${hectares} hectares) on average.`;
}

/** The sizes the app offers, coarsest first. */
export const HEXAGON_SIZES: readonly IngestResolution[] = INGEST_RESOLUTIONS;
