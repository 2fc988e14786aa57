/**
 * The rejected and flagged rows as CSV for download: source file, line, code, reason.
 */
import { MESSAGES, ROW_ISSUE_CODES, type IngestCode } from './codes';
import type { IngestReport } from './report';
import { FLAG_LABELS } from '../offences/groups';
import { neutraliseFormula } from './cell-safety';

/** Quotes a CSV field when it holds a comma, quote or newline; a formula-like value gets a leading apostrophe. */
export function csvField(value: string): string {
	const safe = neutraliseFormula(value);
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function messageOf(code: string): string {
	return code === 'outside' ? FLAG_LABELS.outside : MESSAGES[code as IngestCode];
}

/** One line per rejected or flagged row, in the order they were read; CRLF line ends for spreadsheets. */
export function renderIssuesCsv(report: Pick<IngestReport, 'issues' | 'sources'>): string {
	const { issues, sources } = report;
	const lines = ['source,line,code,reason'];
	for (let i = 0; i < issues.length; i++) {
		const code = ROW_ISSUE_CODES[issues.code[i]];
		lines.push(`${csvField(sources[issues.source[i]])},${issues.line[i]},${code},${csvField(messageOf(code))}`);
	}
	return lines.join('\r\n') + '\r\n';
}
