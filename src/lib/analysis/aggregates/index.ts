/** Area-level aggregate tables (issue 22): import all or nothing, then series by area and age group. */
export { AGGREGATE_FILE_CODES, AGGREGATE_MESSAGES, AGGREGATE_ROW_CODES, type AggregateCode, type AggregateFileCode, type AggregateRowCode } from './codes';
export { AGE_GROUPS, parseAgeGroup, type AgeGroup } from './age-groups';
export { buildAreaLookup, resolveArea, COUNTY_KEY, type AggregateArea, type AreaLevel, type AreaLookup } from './areas';
export { detectAggregateColumns, type AggregateColumns, type ColumnRole } from './header';
export { importAggregateCsv, type AggregateImport, type AggregateReport, type AggregateTable, type RejectedRow } from './import';
export { KNIFE_ASSAULT_ADMISSIONS, measureKey, normaliseMeasure } from './measures';
export { parsePeriod, type Period, type PeriodKind } from './periods';
export type { AggregateRow } from './row';
export { aggregateSeries, type AggregateSeries, type SeriesArea, type SeriesOptions, type SeriesPoint } from './series';
export { generateSyntheticAdmissions, SYNTHETIC_ADMISSIONS, SYNTHETIC_ADMISSIONS_SEED } from './synthetic';
export { parseCount } from './values';
