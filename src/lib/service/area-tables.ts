/**
 * The area-level tables the service holds beside the incident dataset (hospital admissions for knife assault
 * first): imported all or nothing, listed, removed, and read as KPI series. The analysis lives in
 * analysis/aggregates; this keeps the tables and their names.
 */
import { aggregateSeries, buildAreaLookup, importAggregateCsv, KNIFE_ASSAULT_ADMISSIONS, SYNTHETIC_ADMISSIONS, type AreaLookup } from '$lib/analysis/aggregates';
import { DATA_PATHS } from '$lib/analysis/data-paths';
import type { AreaPoints } from '$lib/analysis/monitoring/kpi-answer';
import type { KpiAge, KpiArea } from '$lib/analysis/monitoring/kpi-definitions';
import type { DataLoader } from './ports';
import type { AreaTableImport, AreaTableInfo, AreaTotals, KeptAreaTable } from '$lib/analysis/monitoring/area-table-info';
import { DISTRICTS } from '$lib/analysis/geography/districts';

export type { AreaTableImport, AreaTableInfo, AreaTotals, KeptAreaTable };

/** Where the tables are kept between sessions (the browser's settings store); none: held until the page closes. */
export interface AreaTableStore {
	load(): Promise<KeptAreaTable[]>;
	save(tables: readonly KeptAreaTable[]): Promise<void>;
}


export const info = ({ table: _table, ...rest }: KeptAreaTable): AreaTableInfo => rest;

const REAL_CAPTION = 'Imported area-level table. Hospital admissions for knife assault come from NHS England\'s Hospital Episode Statistics (HES), usually through the partnership\'s health analysts.';

export class AreaTables {
	private tables: KeptAreaTable[] = [];
	private lookup: Promise<AreaLookup> | null = null;
	private restored: Promise<void> | null = null;

	constructor(
		private readonly data: DataLoader,
		private readonly store: AreaTableStore | null = null
	) {}

	/** Reads the kept tables once; a store that cannot be read leaves none, as a private window does. */
	ready(): Promise<void> {
		this.restored ??= (this.store?.load() ?? Promise.resolve([])).then(
			(tables) => void (this.tables = [...tables, ...this.tables.filter((t) => !tables.some((k) => k.id === t.id))]),
			() => undefined
		);
		return this.restored;
	}

	/** Private windows and full disks refuse storage: the tables stay held, only not kept. */
	private async keep(): Promise<void> {
		await this.store?.save(this.tables).catch(() => undefined);
	}

	private areas(): Promise<AreaLookup> {
		this.lookup ??= Promise.all([this.data.text(DATA_PATHS.districtTable), this.data.text(DATA_PATHS.lsoa21Table)])
			.then(([districts, lsoa21]) => buildAreaLookup({ districts, lsoa21 }))
			.catch((error: unknown) => {
				this.lookup = null;
				throw error;
			});
		return this.lookup;
	}

	list(): AreaTableInfo[] {
		return this.tables.map(info);
	}

	/** Imports a CSV; a table whose every row passed replaces one of the same name. Nothing is kept when any row fails. */
	async import(name: string, text: string, options: { synthetic?: boolean; caption?: string } = {}): Promise<AreaTableImport> {
		await this.ready();
		const result = importAggregateCsv(text, await this.areas());
		if (!result.ok) return { ok: false, report: result.report, tables: this.list() };
		const { table } = result;
		const starts = table.rows.map((r) => r.period.start);
		const ends = table.rows.map((r) => r.period.start + r.period.months - 1);
		const id = `table-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60)}`;
		const kept: KeptAreaTable = {
			id,
			name,
			caption: options.caption ?? REAL_CAPTION,
			synthetic: options.synthetic ?? false,
			rows: table.rows.length,
			measures: table.measures,
			periodKind: table.periodKind,
			months: [Math.min(...starts), Math.max(...ends)],
			table
		};
		this.tables = [...this.tables.filter((t) => t.id !== id), kept];
		await this.keep();
		return { ok: true, tables: this.list(), report: result.report, id };
	}

	/** The synthetic admissions table data:build writes, so the KPI can be tried. */
	async importSynthetic(): Promise<AreaTableImport> {
		return this.import(SYNTHETIC_ADMISSIONS.label, await this.data.text(DATA_PATHS.syntheticAdmissions), { synthetic: true, caption: SYNTHETIC_ADMISSIONS.caption });
	}

	async remove(id: string): Promise<AreaTableInfo[]> {
		await this.ready();
		this.tables = this.tables.filter((t) => t.id !== id);
		await this.keep();
		return this.list();
	}

	/** Knife assault admissions per district, all ages, summed over the table's whole periods within [from, to]. */
	totals(from: number, to: number): AreaTotals | null {
		const kept = this.latestAdmissions();
		if (!kept) return null;
		const partial = new Set<number>();
		let first = Infinity;
		let last = -Infinity;
		const byDistrict = DISTRICTS.map((_, district) => {
			const series = aggregateSeries(kept.table, { measure: KNIFE_ASSAULT_ADMISSIONS, ageGroup: 'all', area: { level: 'district', district } });
			if ('unavailable' in series) return null;
			let sum = 0;
			let periods = 0;
			for (const p of series.points) {
				const end = p.start + p.months - 1;
				if (p.start >= from && end <= to) {
					sum += p.value;
					periods++;
					first = Math.min(first, p.start);
					last = Math.max(last, end);
				} else if (end >= from && p.start <= to) partial.add(p.start);
			}
			// No whole period of this district inside the months: no figure, never a zero.
			return periods > 0 ? sum : null;
		});
		return { label: 'Hospital admissions for knife assault', caption: `${kept.name}. ${kept.caption}`, byDistrict, months: Number.isFinite(first) ? [first, last] : null, partial: partial.size };
	}

	private latestAdmissions(): KeptAreaTable | undefined {
		return [...this.tables].reverse().find((t) => t.measures.includes(KNIFE_ASSAULT_ADMISSIONS));
	}

	/** Knife assault admissions for an area and age group from the latest table that has the measure; null with none loaded. */
	admissions(area: KpiArea, age: KpiAge): AreaPoints | { unavailable: string } | null {
		const kept = this.latestAdmissions();
		if (!kept) return null;
		const series = aggregateSeries(kept.table, { measure: KNIFE_ASSAULT_ADMISSIONS, ageGroup: age, area });
		if ('unavailable' in series) return { unavailable: `${kept.name}: ${series.unavailable}.` };
		return { periodKind: series.periodKind, points: series.points, caption: `${kept.name}. ${kept.caption}` };
	}
}
