/**
 * An exported table's rates under an age filter: the residents and rate headers name the ages and how their
 * population was found, and a "Rate basis" column says exact, approximate or not available on every row, so
 * a row copied out of the file still carries it. Without an age filter the table is returned as it was.
 */
import type { ExportTable } from '../exports/export-table';
import { ageBasisKind, type AgeBasis } from './age-population';

/** `table` has columns keyed 'residents' and 'rate' (districtExport, decilesExport); returns a new table. */
export function withAgeBasis(table: ExportTable, basis: AgeBasis): ExportTable {
	if (basis.kind === 'all-residents') return table;
	const how = basis.kind === 'not-available' ? `not available: ${basis.reason}` : `Census 2021; ${basis.kind}: ${basis.formula}`;
	const blanked = new Set<number>();
	const columns = table.columns.map((c, i) => {
		if (c.key === 'residents') {
			if (basis.kind === 'not-available') blanked.add(i);
			// Shares of a band by single year are fractions of a person: a tenth is plenty.
			return { ...c, label: `Residents aged ${basis.ages} (${how})`, ...(basis.kind === 'approximate' ? { digits: 1 } : {}) };
		}
		if (c.key === 'rate') {
			if (basis.kind === 'not-available') blanked.add(i);
			return { ...c, label: c.label.replace(/^Incidents per 1,000 residents(?! aged)/, `Incidents per 1,000 residents aged ${basis.ages}`) };
		}
		return c;
	});
	const kind = ageBasisKind(basis);
	return {
		...table,
		columns: [...columns, { key: 'rate_basis', label: 'Rate basis', kind: 'text' }],
		// No population matches the filter: a residents or rate cell would be a number for the wrong people.
		rows: table.rows.map((row) => [...row.map((v, i) => (blanked.has(i) ? null : v)), kind])
	};
}
