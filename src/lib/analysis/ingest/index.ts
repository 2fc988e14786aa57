/**
 * Public ingest API for the worker, the CLI and the benchmark.
 */
export { createIngest, type Ingest, type IngestOptions, type IngestProgress, type IngestResult } from './ingest';
export { ingestSource, ingestSources, bytesSource, isZipName, type ByteSource } from './sources';
export { ingestZip, type ChunkOptions } from './zip';
export { transferables, emptyColumns, PRECISION, PRECISION_KEYS, UNKNOWN_U8, UNKNOWN_U16, NUMERIC_COLUMNS, type IncidentColumns } from './columns';
export { renderIssuesCsv } from './issues-csv';
export { renderIncidentsCsv, INCIDENT_CSV_HEADER } from './incidents-csv';
export { summaryOf, type IngestSummary } from './summary';
export type { IngestReport, FileReport, RowCounts, RowIssues, SourceMonth } from './report';
export type { MonthSummary, MonthStatus } from './month-gaps';
export { IngestError, MESSAGES, REJECT_CODES, FILE_CODES, ROW_ISSUE_CODES, type RejectCode, type FileCode, type RowIssueCode } from './codes';
export { classifyFileName, classifyArchiveEntry, DEFAULT_MAX_FILE_BYTES } from './file-kinds';
