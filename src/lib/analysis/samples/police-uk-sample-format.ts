/**
 * The built-in police.uk sample's file layout (data/samples/police-uk-2024.bin), shared by the
 * build's encoder and the app's decoder. gzip of:
 *   "PUKS", u32 version, u32 header length, header JSON (counts and the row report less its issues),
 *   then column by column: distinct points (micro-degree lng, lat, delta-coded, in first-use order),
 *   per row the point (delta from the previous row's point), month index, group, flags, source and
 *   line (delta from the previous row of the same source), then the row issues (source, line, code).
 * Only what the ingest read from the files is stored; H3 cells, LSOA and district are derived again
 * from each point on decoding, so they always agree with the area index and H3 code in use.
 */
import type { FileReport, RowCounts, SourceMonth } from '../ingest/report';

export const SAMPLE_MAGIC = 'PUKS';
export const SAMPLE_VERSION = 1;
/** police.uk publishes coordinates to 6 decimals; k / 1e6 is then the very double the CSV parse gave. */
export const MICRO = 1e6;

export interface SampleHeader {
	version: number;
	rows: number;
	points: number;
	issues: number;
	report: { files: FileReport[]; total: RowCounts; sources: string[]; sourceMonths: SourceMonth[] };
}
