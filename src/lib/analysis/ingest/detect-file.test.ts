import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFile } from './detect-file';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${path}`, import.meta.url)));
const NOW = Date.UTC(2025, 0, 1);

describe('detectFile', () => {
	it('reads police.uk street files without a dialog', () => {
		expect(detectFile('2024-01-fixture-street.csv', fixture('2024-01-fixture-street.csv'), { complete: true, now: NOW }).kind).toBe('police-uk');
	});

	it('leaves archives to the import and names files it will skip', () => {
		expect(detectFile('download.zip', new Uint8Array([0x50, 0x4b, 3, 4]), { complete: false }).kind).toBe('archive');
		expect(detectFile('2024-01-kent-outcomes.csv', new Uint8Array(), { complete: true }).kind).toBe('skipped');
		expect(detectFile('photo.png', new Uint8Array(), { complete: true }).kind).toBe('skipped');
	});

	it('detects a force extract: semicolons, BOM, CRLF, easting/northing and day-first dates', () => {
		const d = detectFile('force-extract.csv', fixture('generic/force-extract.csv'), { complete: true, now: NOW });
		if (d.kind !== 'generic') throw new Error(`expected generic, got ${d.kind}`);
		expect(d.encoding).toBe('utf-8');
		expect(d.detection.delimiter).toBe(';');
		expect(d.detection.mapping?.coordinates).toEqual({ kind: 'bng', easting: 'Easting', northing: 'Northing' });
		expect(d.detection.mapping?.date).toBe('Committed From');
		expect(d.detection.wouldReject.map((r) => r.code)).toContain('invalid_date');
	});

	it('checks an edited mapping instead of detecting one', () => {
		const first = detectFile('force-extract.csv', fixture('generic/force-extract.csv'), { complete: true, now: NOW });
		if (first.kind !== 'generic' || !first.detection.mapping) throw new Error('no mapping detected');
		const edited = { ...first.detection.mapping, date: 'Committed To' };
		const again = detectFile('force-extract.csv', fixture('generic/force-extract.csv'), { complete: true, now: NOW, mapping: edited });
		if (again.kind !== 'generic') throw new Error('expected generic');
		expect(again.detection.mapping?.date).toBe('Committed To');
		// Empty "to" cells cannot be dated, so more sample rows fail than with the "from" column.
		expect(again.detection.wouldReject.length).toBeGreaterThan(first.detection.wouldReject.length);
	});

	it('decodes a Windows-1252 council file so the pound sign survives', () => {
		const d = detectFile('council-1252.csv', fixture('generic/council-1252.csv'), { complete: true, now: NOW });
		if (d.kind !== 'generic') throw new Error('expected generic');
		expect(d.encoding).toBe('windows-1252');
		expect(JSON.stringify(d.detection.previewRows)).toContain('£');
	});
});
