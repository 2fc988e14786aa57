/**
 * `npm run perf [-- --short] [-- --out FILE]`: every performance budget of DESIGN.md section 7 measured against
 * its baseline in the same run, written to one table (perf-report.md unless --out says otherwise) and printed.
 * `--short` runs the same code on fewer rows (CI): its verdicts are "reported", since the targets are for full size.
 * Needs the built app (npm run build) and Chromium for the browser rows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { browserRows } from './browser-rows';
import { nodeRows } from './node-rows';
import { renderTable, type PerfRow } from './table';

export interface PerfOptions {
	short: boolean;
	out: string;
	/** Skip the 2,000,000 and 5,000,000-row imports (minutes each). */
	noScale: boolean;
}

export function parseArgs(argv: readonly string[]): PerfOptions {
	const options: PerfOptions = { short: false, out: 'perf-report.md', noScale: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--short') options.short = true;
		else if (a === '--no-scale') options.noScale = true;
		else if (a === '--out' && argv[i + 1]) options.out = argv[++i];
		else throw new Error(`unknown argument ${a} (usage: perf [--short] [--no-scale] [--out FILE])`);
	}
	return options;
}

function machine(): string {
	const cores = cpus();
	return `${cores.length} x ${cores[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
}

async function main(): Promise<void> {
	const options = parseArgs(process.argv.slice(2));
	const work = mkdtempSync(join(tmpdir(), 'hotspot-perf-'));
	const started = new Date();
	const rows: PerfRow[] = [];
	try {
		console.log('perf: Node figures (ingest, filter, Gi*, emerging)');
		rows.push(...(await nodeRows(options, work)));
		console.log('perf: browser figures (start-up, initial JS, import and filtering, scale)');
		rows.push(...(await browserRows(options, work)));
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	const heading = [
		`# Hotspot Atlas performance (${options.short ? 'short form: fewer rows, same code' : 'full'})`,
		'',
		`Run ${started.toISOString()} on ${machine()}; headless Chromium with software WebGL (SwiftShader). Targets: DESIGN.md section 7.`
	];
	const table = renderTable(rows, heading);
	writeFileSync(options.out, table);
	console.log(`\n${table}\nwritten to ${options.out}`);
}

await main();
