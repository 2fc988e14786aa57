/**
 * Public ingest API for the worker, the CLI and the benchmark.
 */
export { createIngest, type Ingest, type IngestFormat, type IngestOptions, type IngestProgress, type IngestResult } from './ingest';
export { detectColumns, type ColumnDetection, type Confidence, type DetectionProblem, type DetectOptions } from './detect-columns';
export { headerSignature, normaliseHeader, parseColumnMapping, COLUMN_MAPPING_VERSION, type ColumnMapping, type CoordinateColumns } from './column-mapping';
export { createChunkDecoder, type EncodingChoice, type Encoding } from './text-decoding';
export { neutraliseFormula } from './cell-safety';
export { ingestSource, ingestSources, bytesSource, isZipName, type ByteSource } from './sources';
export { ingestZip, type ChunkOptions } from './zip';
export { transferables, emptyColumns, PRECISION, PRECISION_KEYS, UNKNOWN_U8, UNKNOWN_U16, NUMERIC_COLUMNS, type IncidentColumns } from './columns';
export { renderIssuesCsv } from './issues-csv';
export { renderIncidentsCsv, INCIDENT_CSV_HEADER } from './incidents-csv';
export { summaryOf, type IngestSummary } from './summary';
export type { IngestReport, FileReport, RowCounts, RowIssues, SourceMonth, PrecisionPolicy, FilePrecision, CellWarnings } from './report';
export type { MonthSummary, MonthStatus } from './month-gaps';
export { IngestError, MESSAGES, REJECT_CODES, FILE_CODES, ROW_ISSUE_CODES, type RejectCode, type FileCode, type RowIssueCode } from './codes';
export { classifyFileName, classifyArchiveEntry, DEFAULT_MAX_FILE_BYTES } from './file-kinds';
export { detectFile, DETECT_SAMPLE_BYTES, type FileDetection, type DetectFileOptions } from './detect-file';
