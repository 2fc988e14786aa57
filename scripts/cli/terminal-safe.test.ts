import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminal-safe';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('terminal output', () => {
	it('shows control and bidi characters from files as escapes instead of obeying them', () => {
		expect(terminalSafe('\u001b[2J\u001b]0;pwned\u0007 a\tb\nc \u202eevil')).toBe('\\x1b[2J\\x1b]0;pwned\\x07 a\tb\nc \\u{202e}evil');
	});

	it('the CLI prints an unmapped label with an escape sequence inert, and a 600 KB header by its start only', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-term-'));
		const labelled = join(dir, 'extract.csv');
		writeFileSync(labelled, `date,latitude,longitude,offence\n${'01/02/2024,51.27,0.52,Robbery\n'.repeat(50)}01/02/2024,51.27,0.52,"\u001b]0;pwned\u0007Zzyzx"\n`);
		const r = spawnSync('npx', ['tsx', 'scripts/cli/main.ts', 'ingest', '--input', labelled, '--format', 'auto'], { cwd: ROOT, encoding: 'utf8' });
		expect(r.stdout + r.stderr).not.toContain('\u001b');
		expect(r.stdout).toContain('\\x1b]0;pwned\\x07Zzyzx');
		// A header of 60,000 columns (about 600 KB) that names no coordinates: the refusal quotes its start only.
		const wide = join(dir, 'wide.csv');
		writeFileSync(wide, `${Array.from({ length: 60_000 }, (_, i) => `column_${i}`).join(',')}\n1\n`);
		const w = spawnSync('npx', ['tsx', 'scripts/cli/main.ts', 'ingest', '--input', wide, '--format', 'auto'], { cwd: ROOT, encoding: 'utf8' });
		expect((w.stdout + w.stderr).length).toBeLessThan(5000);
		expect(w.stdout + w.stderr).toMatch(/more characters\)/);
	}, 60_000);
});
