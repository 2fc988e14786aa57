/**
 * The worker's message protocol: a discriminated union each way. Every request carries an id; answers
 * carry the id of the request they answer, so the client can drop answers to superseded requests.
 */
import type { FilterState } from '$lib/analysis/filters/filter-state';
import type { ColumnMapping } from '$lib/analysis/ingest/column-mapping';
import type { FileDetection } from '$lib/analysis/ingest/detect-file';
import type { ImportFile, ImportProgress, ImportSettings } from '$lib/analysis/ingest/import-request';
import type { EncodingChoice } from '$lib/analysis/ingest/text-decoding';
import type { CubeResult } from '$lib/analysis/session/dataset-session';
import type { BeforeAfterAnswer, SitesAnswer } from '$lib/analysis/session/sites-answer';
import type { Catchment } from '$lib/analysis/sites/catchment';

/** What a cube request asks for beyond the counts: a hexagon's detail and daily counts. */
export interface CubeRequestOptions {
	detailCell?: number | null;
	days?: boolean;
}
import type { DatasetSummary, MappedResolution } from '$lib/analysis/session/dataset-summary';


export type WorkerRequest =
	| { id: number; type: 'init'; dataUrl: string }
	| { id: number; type: 'load-demo'; seed: number }
	| { id: number; type: 'load-sample' }
	| { id: number; type: 'import'; files: ImportFile[]; maxFileBytes?: number; settings: ImportSettings }
	| { id: number; type: 'detect'; files: ImportFile[]; encoding?: EncodingChoice; mapping?: ColumnMapping }
	| { id: number; type: 'restore' }
	| { id: number; type: 'cube'; filters: FilterState; resolution: MappedResolution; options: CubeRequestOptions }
	| { id: number; type: 'issues-csv' }
	| { id: number; type: 'sites'; filters: FilterState; resolution: MappedResolution; catchments: Catchment[] }
	| { id: number; type: 'before-after'; filters: FilterState; resolution: MappedResolution | null; catchment: Catchment; start: string; months: number }
	| { id: number; type: 'saved' }
	| { id: number; type: 'cancel'; target: number }
	| { id: number; type: 'clear' };

export type WorkerRequestType = WorkerRequest['type'];


export type WorkerResponse =
	| { id: number; type: 'ready' }
	| { id: number; type: 'progress'; progress: ImportProgress }
	/** rederived: a stored dataset from an earlier version had its cells, LSOAs and districts worked out again. */
	| { id: number; type: 'dataset'; dataset: DatasetSummary | null; persisted: boolean; rederived?: boolean }
	| { id: number; type: 'cube'; cube: CubeResult }
	| { id: number; type: 'text'; text: string }
	| { id: number; type: 'detections'; detections: FileDetection[] }
	| { id: number; type: 'sites'; answer: SitesAnswer }
	| { id: number; type: 'before-after'; answer: BeforeAfterAnswer }
	| { id: number; type: 'saved'; persisted: boolean }
	| { id: number; type: 'cancelled' }
	| { id: number; type: 'error'; code: string; message: string };
