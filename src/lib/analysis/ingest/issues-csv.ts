/**
 * The rejected and flagged rows as CSV for download: source file, line, code, reason.
 */
import { MESSAGES, ROW_ISSUE_CODES, type IngestCode } from './codes';
import type { IngestReport } from './report';
import { FLAG_LABELS } from '../offences/groups';

/** Quotes a CSV field when it holds a comma, quote or newline. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
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
