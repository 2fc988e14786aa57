/**
 * data/samples/police-uk-2024.bin: the four 2024 Kent months as the app's import reads them, so the
 * app can offer real police.uk data as a second built-in dataset. The build decodes what it wrote
 * and fails unless every column and the row report come back identical.
 */
import { isDeepStrictEqual } from 'node:util';
import { DATA_PATHS } from '../../src/lib/analysis/data-paths';
import { NUMERIC_COLUMNS, type IncidentColumns, type IngestReport } from '../../src/lib/analysis/ingest';
import { decodePoliceUkSample } from '../../src/lib/analysis/samples/police-uk-sample';
import { encodePoliceUkSample } from '../../src/lib/analysis/samples/police-uk-sample-encode';
import type { AreaIndex } from '../../src/lib/analysis/spatial/area-index';
import type { OutputDir } from './output';
import { DataBuildError } from './source';

export interface SampleFacts {
	bytes: number;
	rowsRead: number;
	kept: number;
}

/** Names of the columns or report parts that differ between two imports (empty when identical). */
export function sampleDifferences(a: { columns: IncidentColumns; report: IngestReport }, b: { columns: IncidentColumns; report: IngestReport }): string[] {
	const differ: string[] = [];
	if (a.columns.length !== b.columns.length) differ.push('length');
	for (const k of NUMERIC_COLUMNS) if (!isDeepStrictEqual(a.columns[k], b.columns[k])) differ.push(k);
	for (const k of ['cells', 'lsoaCodes', 'sources'] as const) if (!isDeepStrictEqual(a.columns[k], b.columns[k])) differ.push(k);
	for (const k of Object.keys(a.report) as (keyof IngestReport)[]) if (!isDeepStrictEqual(a.report[k], b.report[k])) differ.push(`report.${k}`);
	return differ;
}

export function buildPoliceUkSample(read: { columns: IncidentColumns; report: IngestReport }, areas: AreaIndex, out: OutputDir): SampleFacts {
	const bytes = encodePoliceUkSample(read.columns, read.report);
	const differ = sampleDifferences(read, decodePoliceUkSample(bytes, areas));
	if (differ.length > 0) throw new DataBuildError(`police.uk sample does not decode to the import it came from: ${differ.join(', ')} differ`);
	out.write(DATA_PATHS.policeUkSample, bytes, { rows: read.columns.length });
	return { bytes: bytes.length, rowsRead: read.report.total.rowsRead, kept: read.report.total.kept };
}
