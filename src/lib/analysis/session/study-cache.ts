/** The study-area cells and neighbour lists of one dataset, cut to Kent and Medway by the LSOA boundaries. */
import { STUDY_AREA_BBOX } from '../h3/study-cells';
import type { IncidentColumns } from '../ingest/columns';
import type { AreaIndex } from '../spatial/area-index';
import { inAreaCells } from './dataset-session';
import { HotspotCache } from './hotspots';

export function studyCellsCache(columns: IncidentColumns, areas: Pick<AreaIndex, 'locate'>): HotspotCache {
	return new HotspotCache({ bbox: STUDY_AREA_BBOX, contains: (lng, lat) => areas.locate(lng, lat) >= 0 }, (r) => inAreaCells(columns, r));
}
