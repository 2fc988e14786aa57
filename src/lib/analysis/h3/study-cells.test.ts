import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellToLatLng, gridDisk, latLngToCell } from 'h3-js';
import { DATA_PATHS } from '../data-paths';
import { areaIndexFromPack } from '../spatial/boundary-pack';
import { STUDY_AREA_BBOX, studyAreaCells } from './study-cells';

describe('study-area cells', () => {
	const areas = areaIndexFromPack(readFileSync(`data/${DATA_PATHS.lsoa21Assign}`));
	const area = { bbox: STUDY_AREA_BBOX, contains: (lng: number, lat: number) => areas.locate(lng, lat) >= 0 };

	it('holds every cell whose centre lies in Kent & Medway, and no other unless an incident is in it', () => {
		const cells = studyAreaCells(7, area);
		for (const c of cells) {
			const [lat, lng] = cellToLatLng(c);
			expect(areas.locate(lng, lat)).toBeGreaterThanOrEqual(0);
		}
		// Independent: walk out from Maidstone over the neighbours and keep those with a centre inside.
		const seen = new Set<string>();
		let frontier = [latLngToCell(51.2724, 0.5229, 7)];
		while (frontier.length) {
			const next: string[] = [];
			for (const c of frontier) {
				for (const d of gridDisk(c, 1)) {
					if (seen.has(d)) continue;
					seen.add(d);
					const [lat, lng] = cellToLatLng(d);
					if (areas.locate(lng, lat) >= 0) next.push(d);
				}
			}
			frontier = next;
		}
		const walked = [...seen].filter((c) => {
			const [lat, lng] = cellToLatLng(c);
			return areas.locate(lng, lat) >= 0;
		});
		// The walk reaches the mainland; the set may also hold islands the walk cannot (e.g. parts of Sheppey at res 7 are joined).
		for (const c of walked) expect(cells).toContain(c);
		console.log(`resolution 7: ${cells.length} study-area cells (${walked.length} reached by walking from Maidstone)`);
		const sea = latLngToCell(51.4, 1.6, 7);
		expect(cells).not.toContain(sea);
		expect(studyAreaCells(7, area, [sea])).toContain(sea);
	});
});
