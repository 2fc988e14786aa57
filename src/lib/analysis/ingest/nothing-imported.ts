/**
 * An import that keeps no row is an error, never an empty dataset in place of the one on screen: the message
 * says, file by file, what was read and why nothing was kept.
 */
import { IngestError, MESSAGES, REJECT_CODES } from './codes';
import type { IngestReport } from './report';

/** Throws IngestError('nothing_imported') when no file kept a row; returns otherwise. */
export function refuseEmptyImport(report: IngestReport): void {
	if (report.total.kept > 0) return;
	const lines = report.files.slice(0, 5).map((f) => {
		if (f.status !== 'read' || f.reason) return `${f.name}: ${f.reason ? MESSAGES[f.reason] : f.status}${f.detail ? ` (${f.detail.slice(0, 120)})` : ''}`;
		const top = REJECT_CODES.map((code) => ({ code, n: f.rejected[code] })).sort((a, b) => b.n - a.n)[0];
		return `${f.name}: ${f.rowsRead.toLocaleString('en-GB')} rows read, none kept${top?.n ? ` (${top.n.toLocaleString('en-GB')}: ${MESSAGES[top.code].toLowerCase()})` : ''}`;
	});
	const more = report.files.length > 5 ? `; and ${report.files.length - 5} more files` : '';
	throw new IngestError('nothing_imported', `${lines.join('; ') || 'no files'}${more}`);
}
