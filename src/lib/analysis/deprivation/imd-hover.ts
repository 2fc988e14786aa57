/** What the LSOA tooltip shows for the area under the pointer. */
import { EDITIONS, type DomainKey } from './domains';
import type { LsoaTable } from './tables';

export interface ImdHover {
	code: string;
	name: string;
	/** The domain's decile, 1 = most deprived 10% in England. */
	decile: number;
	/** National rank of the overall IMD (1 = most deprived), and how many LSOAs it ranks. */
	rank: number;
	of: number;
}

/** What the tooltip shows for the LSOA under the pointer; null for a code the table lacks. */
export function imdHover(table: LsoaTable, code: string, domain: DomainKey): ImdHover | null {
	const row = table.rowOf.get(code);
	if (row === undefined) return null;
	return { code, name: table.names[row], decile: table.deciles[domain][row], rank: table.rank[row], of: EDITIONS[table.edition].englandLsoas };
}
