/**
 * The analysis service's one typed interface: each kind of request with its request and answer types,
 * defined once. The worker answers it in the browser today; a server over PostgreSQL can answer the same map.
 */
import type { FilterError, FilterState } from '$lib/analysis/filters/filter-state';
import type { IngestCode } from '$lib/analysis/ingest/codes';
import type { ColumnMapping } from '$lib/analysis/ingest/column-mapping';
import type { FileDetection } from '$lib/analysis/ingest/detect-file';
import type { ImportFile, ImportMode, ImportSettings } from '$lib/analysis/ingest/import-request';
import type { AddReport } from '$lib/analysis/ingest/append-import';
import type { ImportRecord } from '$lib/analysis/ingest/import-record';
import type { EncodingChoice } from '$lib/analysis/ingest/text-decoding';
import type { CubeRequestOptions, CubeResult } from '$lib/analysis/session/dataset-session';
import type { DatasetSummary, MappedResolution } from '$lib/analysis/session/dataset-summary';
import type { BeforeAfterAnswer, SitesAnswer } from '$lib/analysis/session/sites-answer';
import type { HotspotResult, HotspotRobustness } from '$lib/analysis/session/hotspots';
import type { StabilityAnswer, WindowLength } from '$lib/analysis/session/stability-answer';
import type { EmergingAnswer, EmergingStep } from '$lib/analysis/session/emerging-answer';
import type { ChangeAnswer, Period } from '$lib/analysis/session/change-answer';
import type { WeightTable } from '$lib/analysis/weights/weight-table';
import type { Catchment } from '$lib/analysis/sites/catchment';
import type { KeptDataset } from './ports';
import type { KpiAnswer } from '$lib/analysis/monitoring/kpi-answer';
import type { Digest } from '$lib/analysis/monitoring/digest';
import type { AreaTableImport, AreaTableInfo, AreaTotals } from '$lib/analysis/monitoring/area-table-info';
import type { KpiRequest } from './monitoring';

export interface KeptDatasets {
	datasets: KeptDataset[];
	current: string | null;
}

/** The dataset now loaded, whether it is kept in this browser, and whether it was just brought up to date. */
export interface DatasetAnswer {
	dataset: DatasetSummary | null;
	persisted: boolean;
	/** True once, when a dataset saved by an earlier version was re-derived on loading. */
	rederived: boolean;
	/** Set on the answer to an add: what happened to each month it covered. */
	added?: AddReport;
}

/** What cube requests may ask beyond the counts (the panel options; deciles are the service's own business). */
export type CubeOptions = Pick<CubeRequestOptions, 'detailCell' | 'days'>;

type None = Record<string, never>;

export interface AtlasRequests {
	loadDemo: [{ seed: number }, DatasetAnswer];
	loadSample: [None, DatasetAnswer];
	/** A kept dataset by id, or the current one; it becomes the one the page opens with next time. */
	restore: [{ id?: string }, DatasetAnswer];
	/** The datasets kept in this browser's store, newest first, and which one is current. */
	keptDatasets: [None, KeptDatasets];
	/** Forgets one kept dataset and answers with what is left. */
	removeKept: [{ id: string }, KeptDatasets];
	/** 'cancelled' when cancelled before it finished; the dataset loaded before is then untouched. */
	/** `name`: what the user called the import (else it is named after its files). `mode` defaults to 'new'. */
	/** `skipSeen`: files whose SHA-256 the history lists (with 'add'), or an earlier file of the batch, are left out and answered as already imported. */
	importFiles: [{ files: ImportFile[]; maxFileBytes?: number; settings: ImportSettings; name?: string; mode?: ImportMode; skipSeen?: boolean }, DatasetAnswer | 'cancelled'];
	/** The import history of the dataset loaded, oldest first; empty for the demo and the sample. */
	importHistory: [None, ImportRecord[]];
	/** Removes one import's rows and files from the dataset loaded and keeps it; months it had replaced stay missing. */
	removeImport: [{ id: string }, DatasetAnswer];
	detect: [{ files: ImportFile[]; encoding?: EncodingChoice; mapping?: ColumnMapping }, FileDetection[]];
	cube: [{ filters: FilterState; resolution: MappedResolution; options: CubeOptions }, CubeResult];
	/** `hotCells`: when set, the gap table ranks only these cells (the significant Gi* hot spots at `resolution`). */
	sites: [{ filters: FilterState; resolution: MappedResolution; catchments: Catchment[]; hotCells?: string[] }, SitesAnswer];
	/** `resolution` names the mapped hexagons the hexagon-decile filter reads; null when that filter is off. */
	beforeAfter: [{ filters: FilterState; resolution: MappedResolution | null; catchment: Catchment; start: string; months: number }, BeforeAfterAnswer];
	issuesCsv: [None, string];
	/** Whether the latest import was written to browser storage, once the write has finished. */
	saved: [None, boolean];
	clear: [None, DatasetAnswer];
	/** Gi* hot and cold spots over the study-area cells of one resolution, for the filters, with k rings of neighbours. */
	/** `weights`: sum a harm or cost table's weights instead of counting (rows of groups it cannot weigh are left out). */
	hotspots: [{ filters: FilterState; resolution: MappedResolution; k: number; weights?: WeightTable | null }, HotspotResult];
	/** How many hot cells stay hot across k = 1-3 and across resolutions 7-9. */
	hotspotRobustness: [{ filters: FilterState; resolution: MappedResolution; k: number; weights?: WeightTable | null }, HotspotRobustness];
	/** The built-in harm and cost weight tables (data/tables/weights.json). */
	weightTables: [None, WeightTable[]];
	/** Change between two periods of equal length: per cell, per district, and Gi* on the difference. The filters' own date range is ignored. */
	change: [{ filters: FilterState; resolution: MappedResolution; k: number; a: Period; b: Period }, ChangeAnswer];
	/** ArcGIS-style emerging hot spot classes over a monthly or quarterly space-time cube. */
	emerging: [{ filters: FilterState; resolution: MappedResolution; k: number; step: EmergingStep }, EmergingAnswer];
	/** Hotspot stability and next-window capture over consecutive equal windows (the filters' date range is replaced by each window's). */
	stability: [{ filters: FilterState; resolution: MappedResolution; k: number; length: WindowLength }, StabilityAnswer];
	/** The three Duty KPIs for an area and age group against a baseline (null: the default baseline). */
	kpis: [KpiRequest, KpiAnswer];
	/** What changed with the months last added to the loaded dataset; null when it has not grown since it was loaded. */
	digest: [{ baseline: [number, number] | null }, Digest | null];
	/** The area-level tables held (hospital admissions), and importing or removing one. */
	areaTables: [None, AreaTableInfo[]];
	/** A CSV by its bytes, or the synthetic admissions table data:build writes. Nothing is kept when any row fails. */
	importAreaTable: [{ name: string; file: Blob } | { synthetic: true }, AreaTableImport];
	removeAreaTable: [{ id: string }, AreaTableInfo[]];
	/** Knife assault admissions per district over the months the district table shows (London dates; null: the dataset's months). */
	areaTotals: [{ dateFrom: string | null; dateTo: string | null }, AreaTotals | null];
}

export type RequestKind = keyof AtlasRequests;
export type RequestOf<K extends RequestKind> = AtlasRequests[K][0];
export type AnswerOf<K extends RequestKind> = AtlasRequests[K][1];

/** Requests a newer one of the same kind makes pointless: the latest wins and superseded answers are dropped. */
export const SUPERSEDABLE = ['cube', 'sites', 'hotspots', 'hotspotRobustness', 'stability', 'emerging', 'change', 'kpis', 'digest', 'areaTotals'] as const satisfies readonly RequestKind[];
export type SupersedableKind = (typeof SUPERSEDABLE)[number];

/** Every error code an answer can carry. */
export type AtlasErrorCode =
	| 'no_dataset'
	| 'failed'
	| 'worker_crashed'
	| 'unexpected'
	| IngestCode
	| FilterError['code'];

export class AtlasError extends Error {
	constructor(
		readonly code: AtlasErrorCode,
		message: string
	) {
		super(message);
		this.name = 'AtlasError';
	}
}
