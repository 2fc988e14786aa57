/**
 * The study-area cells at a resolution (DESIGN.md section 3): every cell whose centre lies inside the study
 * area, plus any cell holding an incident inside it (coastal town centres fall in cells whose centre is at
 * sea). Zero cells are real observations: Gi* counts them.
 */
import { cellToLatLng, polygonToCells } from 'h3-js';

/** Kent & Medway's extent (the published LSOA 2021 boundaries), with a margin of about 1 km. */
export const STUDY_AREA_BBOX: readonly [west: number, south: number, east: number, north: number] = [0.02, 50.9, 1.465, 51.5];

export interface StudyArea {
	bbox: readonly [number, number, number, number];
	/** True for a point inside the study area. */
	contains(lng: number, lat: number): boolean;
}

/** Study-area cells in a stable order (sorted ids), with the incident cells added. */
export function studyAreaCells(resolution: number, area: StudyArea, incidentCells: Iterable<string> = []): string[] {
	const [w, s, e, n] = area.bbox;
	// polygonToCells keeps cells whose centre lies in the box; the box holds the whole area, so no centre is missed.
	const candidates = polygonToCells([[[s, w], [s, e], [n, e], [n, w], [s, w]]], resolution);
	const cells = new Set<string>();
	for (const c of candidates) {
		const [lat, lng] = cellToLatLng(c);
		if (area.contains(lng, lat)) cells.add(c);
	}
	for (const c of incidentCells) cells.add(c);
	return [...cells].sort();
}
