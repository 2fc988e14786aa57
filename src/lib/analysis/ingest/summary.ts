/**
 * The short summary the CLI prints last and the UI shows first.
 */
import type { FlagKey } from '../offences/groups';
import type { RejectCode } from './codes';
import type { IngestReport } from './report';

export interface IngestSummary {
	rowsRead: number;
	kept: number;
	rejected: Record<RejectCode, number>;
	flagged: Record<FlagKey, number>;
}

export function summaryOf(report: Pick<IngestReport, 'total'>): IngestSummary {
	const t = report.total;
	return { rowsRead: t.rowsRead, kept: t.kept, rejected: { ...t.rejected }, flagged: { ...t.flagged } };
}
