/**
 * Whether reading a file on two threads pays. Each part resolves its own distinct coordinates (H3 cells, LSOA), so a
 * coordinate both parts meet is resolved twice: with police.uk's snapped points (a few tens of thousands reused by a
 * million rows) the second thread mostly repeats the first's work and the import got slower (1.90 s against 1.52 s
 * at 1,000,000 rows, `npm run perf`), while with coordinates that rarely repeat it got faster (3.51 s against 4.31 s).
 * Judged on the rows of a sample from the start of the file.
 */
import { CoordinateTable } from './coordinate-table';

/** A sample needs this many rows with coordinates to judge by; fewer say nothing either way. */
export const SPLIT_SAMPLE_MIN_ROWS = 1000;
/** Share of a sample's rows whose coordinate is new, from which two threads pay (uniform draws from 28,000 snap points give 0.92 in 5,000 rows). */
export const SPLIT_MIN_NEW_SHARE = 0.97;

/** Share of rows whose (lng, lat) has not appeared earlier in the sample; NaN below SPLIT_SAMPLE_MIN_ROWS rows. */
export function newCoordinateShare(lng: ArrayLike<number>, lat: ArrayLike<number>): number {
	const n = lng.length;
	if (n < SPLIT_SAMPLE_MIN_ROWS) return NaN;
	const seen = new CoordinateTable();
	for (let i = 0; i < n; i++) if (seen.get(lng[i], lat[i]) < 0) seen.set(lng[i], lat[i], i);
	return seen.size / n;
}

/** True when a sample's coordinates repeat so rarely that two threads pay. */
export function worthSplitting(lng: ArrayLike<number>, lat: ArrayLike<number>): boolean {
	return newCoordinateShare(lng, lat) >= SPLIT_MIN_NEW_SHARE;
}
