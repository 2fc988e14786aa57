/** The app's tables in export form (export-table.ts): what the panels show, with each column typed for disclosure control. */
import type { DecileRow } from '../deprivation/decile-table';
import type { DistrictTable } from '../panels/district-table';
import type { HotspotRow } from '../session/hotspots';
import { snapPointNote } from '../session/locations';
import type { GapRow } from '../sites/gaps';
import type { WeightTable } from '../weights/weight-table';
import type { Cell, ExportColumn, ExportTable } from './export-table';

const col = (key: string, label: string, kind: ExportColumn['kind'], extra: Partial<ExportColumn> = {}): ExportColumn => ({ key, label, kind, ...extra });

/** The district table: counts, share, residents, rate and rank, and the change from the previous period. */
export function districtExport(table: DistrictTable, ratePeriod: string): ExportTable {
	const columns = [
		col('district', 'District', 'text'),
		col('code', 'LAD code', 'text'),
		col('incidents', 'Incidents', 'count'),
		col('share', 'Share of incidents', 'derived', { of: [2], digits: 4 }),
		col('residents', 'Residents (Census 2021)', 'number'),
		col('rate', `Incidents per 1,000 residents (${ratePeriod})`, 'derived', { of: [2], digits: 2 }),
		col('rank', 'Rank by rate', 'number'),
		col('previous', 'Previous period incidents', 'count'),
		col('ratio', 'Ratio to previous', 'derived', { of: [2, 7], digits: 3 }),
		col('ratio_low', 'Ratio 95% interval, lower', 'derived', { of: [2, 7], digits: 3 }),
		col('ratio_high', 'Ratio 95% interval, upper', 'derived', { of: [2, 7], digits: 3 }),
		col('q', 'Benjamini-Hochberg q', 'derived', { of: [2, 7], digits: 4 }),
		col('verdict', 'Change', 'text')
	];
	const row = (r: Omit<DistrictTable['rows'][number], 'index' | 'selected'> & { code?: string; rank?: number | null }, name: string): Cell[] => {
		const c = r.change;
		return [name, r.code ?? '', r.count, r.share, r.population, r.rate, r.rank ?? null, c?.previous ?? null, c?.test?.ratio ?? null, c?.test?.lower ?? null, c?.test?.upper ?? null, c && Number.isFinite(c.q) ? c.q : null, c?.verdict.replaceAll('-', ' ') ?? ''];
	};
	return { name: 'district-table', title: 'Incidents by district', columns, rows: [...table.rows.map((r) => row(r, r.label)), row({ ...table.total, code: '', rank: null }, 'Kent & Medway')] };
}

/** The top hot spots, with the weighted sum when a weighting is on. */
export function hotspotsExport(rows: readonly HotspotRow[], weights: WeightTable | null): ExportTable {
	const weighted = weights ? [col('weighted', weights.kind === 'cost' ? `Estimated cost, £ (${weights.priceYear ?? ''})` : `Weighted harm (${weights.unit})`, 'derived', { of: [2], digits: 0 })] : [];
	const columns = [
		col('rank', 'Rank', 'number'),
		col('h3_cell', 'H3 cell', 'text'),
		col('incidents', 'Incidents', 'count'),
		...weighted,
		col('z', 'Gi* z', 'number', { digits: 4 }),
		// Full precision: q of the strongest hot spots is far below 1e-6 and must not print as 0.
		col('q', 'q (Benjamini-Hochberg)', 'number'),
		col('lng', 'Longitude', 'number', { digits: 6 }),
		col('lat', 'Latitude', 'number', { digits: 6 }),
		col('district', 'District', 'text'),
		col('lsoa21', 'LSOA 2021', 'text'),
		col('nearest_place', 'Nearest place', 'text'),
		col('nearest_place_m', 'Distance to it (m)', 'number', { digits: 0 }),
		col('peak_hours', 'Peak hours', 'text'),
		col('one_location', 'Mostly one location', 'text')
	];
	return {
		name: 'top-hot-spots',
		title: 'Top hot spots (Gi*, q < 0.05)',
		columns,
		rows: rows.map((r) => [r.rank, r.cell, r.count, ...(weights ? [r.value] : []), r.z, r.q, r.centre[0], r.centre[1], r.district, r.lsoa, r.nearest?.name ?? null, r.nearest?.distanceM ?? null, r.peakHours, snapPointNote(r.topLocation, r.count) ? 'yes' : 'no'])
	};
}

/** Hot spots outside every site's catchment, busiest first. */
export function gapsExport(rows: readonly GapRow[]): ExportTable {
	const columns = [
		col('rank', 'Rank', 'number'),
		col('h3_cell', 'H3 cell', 'text'),
		col('incidents', 'Incidents', 'count'),
		col('lng', 'Longitude', 'number', { digits: 6 }),
		col('lat', 'Latitude', 'number', { digits: 6 }),
		col('district', 'District', 'text'),
		col('lsoa21', 'LSOA 2021', 'text'),
		col('imd_decile', 'IMD 2025 decile', 'number'),
		col('peak_hours', 'Peak hours', 'text'),
		col('nearest_site', 'Nearest site', 'text'),
		col('nearest_site_m', 'Distance to it (m)', 'number', { digits: 0 }),
		col('one_location', 'Mostly one location', 'text')
	];
	return {
		name: 'gaps-outside-catchments',
		title: 'Hot spots outside every site catchment',
		columns,
		rows: rows.map((r) => [r.rank, r.cell, r.count, r.centre[0], r.centre[1], r.district ?? null, r.lsoa ?? null, r.imdDecile ?? null, r.peakHours ?? null, r.nearest?.name ?? null, r.nearest?.distanceM ?? null, snapPointNote(r.topLocation ?? 0, r.count) ? 'yes' : 'no'])
	};
}

/** Incidents, residents and rates by deprivation decile. */
export function decilesExport(rows: readonly DecileRow[], edition: string): ExportTable {
	const columns = [
		col('decile', `${edition} decile (1 = most deprived)`, 'number'),
		col('lsoas', 'LSOAs', 'number'),
		col('incidents', 'Incidents', 'count'),
		col('residents', 'Residents', 'number'),
		col('rate', 'Incidents per 1,000 residents', 'derived', { of: [2], digits: 2 })
	];
	return { name: 'deprivation-deciles', title: `Incidents by ${edition} decile`, columns, rows: rows.map((r) => [r.decile, r.lsoas, r.incidents, r.population, r.ratePer1000]) };
}
