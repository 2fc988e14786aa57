/**
 * A local dataset made, grown or shrunk by its imports: each step composes the pure ingest steps (append, remove,
 * history records) with a fresh summary, and returns what the service keeps and shows. It stores nothing itself.
 */
import { appendImport, type AddReport } from '$lib/analysis/ingest/append-import';
import type { IncidentColumns } from '$lib/analysis/ingest/columns';
import { IngestError } from '$lib/analysis/ingest/codes';
import type { IngestResult } from '$lib/analysis/ingest/ingest';
import { importRecord, nextImportId, refreshHistory, tagImport, type ImportRecord, type NewImport } from '$lib/analysis/ingest/import-record';
import { removeImport } from '$lib/analysis/ingest/remove-import';
import { summariseDataset, type DatasetSummary } from '$lib/analysis/session/dataset-summary';
import type { AreaIndex } from '$lib/analysis/spatial/area-index';

/** A local dataset with the imports that made it. */
export interface LocalDataset {
	columns: IncidentColumns;
	summary: DatasetSummary;
	history: ImportRecord[];
}

/** An import as read, before it has an id: when, what it is called, its chosen files with their digests, its report. */
export type ReadImport = Omit<NewImport, 'id' | 'datasetId'>;

function summarised(columns: IncidentColumns, index: AreaIndex, was: Pick<DatasetSummary, 'id' | 'label'>, report: IngestResult['report']): DatasetSummary {
	return summariseDataset(columns, index, { id: was.id, kind: 'local', label: was.label, report });
}

/** A new dataset of one import, under the id given. */
export function newDataset(read: IngestResult, incoming: ReadImport, id: string, index: AreaIndex): LocalDataset {
	const record = importRecord({ ...incoming, id: nextImportId(id, []), datasetId: id });
	const { columns, report } = tagImport(read, record.id);
	return { columns, summary: summarised(columns, index, { id, label: incoming.label }, report), history: [record] };
}

/** The dataset grown by an import: same id and name, the months the import covers replaced. */
export function grownDataset(base: LocalDataset, read: IngestResult, incoming: ReadImport, index: AreaIndex): LocalDataset & { added: Omit<AddReport, 'alreadyImported'> } {
	const was = base.summary;
	const id = nextImportId(was.id, base.history);
	const { result, months, keptAsBefore } = appendImport({ columns: base.columns, report: was.report! }, read, id);
	const { columns, report } = result;
	const history = refreshHistory([...base.history, importRecord({ ...incoming, id, datasetId: was.id })], report);
	return { columns, summary: summarised(columns, index, was, report), history, added: { importId: id, months, keptAsBefore } };
}

/** The dataset without one import's rows and files; refused when the import is not in its history or nothing would be left. */
export function shrunkDataset(base: LocalDataset, importId: string, index: AreaIndex): LocalDataset {
	if (!base.history.some((r) => r.id === importId)) throw new IngestError('unknown_import', importId);
	const { columns, report } = removeImport({ columns: base.columns, report: base.summary.report! }, importId);
	if (columns.length === 0) throw new IngestError('removal_empties', importId);
	const history = refreshHistory(base.history.filter((r) => r.id !== importId), report);
	return { columns, summary: summarised(columns, index, base.summary, report), history };
}
