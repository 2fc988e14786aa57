/**
 * `npm run demo:build [-- --seed <n>] [--out <file.csv>] [--months <folder>]`: generates the synthetic demo from the
 * committed data/ exactly as the app does, prints a summary (with a fingerprint to compare machines), with --out
 * writes the incidents in the CLI's normalised CSV format, and with --months writes one partner-style extract
 * per month (analysis/demo/demo-extract.ts) to import month by month.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { demoExtractName, demoExtracts } from '../../src/lib/analysis/demo/demo-extract';
import { fileURLToPath } from 'node:url';
import { buildDemo } from './load-demo';
import { DEMO_SEED } from '../../src/lib/analysis/demo/generate';
import { INCIDENT_CSV_HEADER, renderIncidentsCsv } from '../../src/lib/analysis/ingest/incidents-csv';
import { DISTRICTS } from '../../src/lib/analysis/geography/districts';

export function parseDemoArgs(argv: readonly string[]): { seed: number; out: string | null; months: string | null } {
	let seed = DEMO_SEED;
	let out: string | null = null;
	let months: string | null = null;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--seed' && argv[i + 1] !== undefined) {
			seed = Number(argv[++i]);
			if (!Number.isInteger(seed) || seed < 0 || seed > 4_294_967_295) throw new Error(`--seed must be a whole number 0-4294967295, got ${argv[i]}`);
		} else if (arg === '--out' && argv[i + 1]) out = argv[++i];
		else if (arg === '--months' && argv[i + 1]) months = argv[++i];
		else throw new Error(`unknown argument ${arg} (usage: demo:build [--seed <n>] [--out <file.csv>] [--months <folder>])`);
	}
	return { seed, out, months };
}

async function main(): Promise<void> {
	const { seed, out, months } = parseDemoArgs(process.argv.slice(2));
	const { columns } = buildDemo(seed);
	if (months) {
		mkdirSync(resolve(months), { recursive: true });
		for (const [m, text] of demoExtracts(columns)) writeFileSync(join(resolve(months), demoExtractName(m)), text);
	}
	const hash = createHash('sha256');
	const file = out ? createWriteStream(resolve(out)) : null;
	const write = (text: string) => {
		hash.update(text);
		if (file && !file.write(text)) return new Promise<void>((r) => file.once('drain', () => r()));
	};
	await write(`${INCIDENT_CSV_HEADER}\n`);
	for (let from = 0; from < columns.length; from += 10_000) await write(renderIncidentsCsv(columns, from, Math.min(columns.length, from + 10_000)));
	if (file) await new Promise<void>((r, reject) => file.end((error?: Error | null) => (error ? reject(error) : r())));
	const byDistrict = Object.fromEntries(DISTRICTS.map((d, i) => [d.label, columns.district.filter((x) => x === i).length]));
	console.log(
		JSON.stringify(
			{ dataset: `synthetic-${seed}`, label: 'Synthetic demo data', incidents: columns.length, byDistrict, sha256: hash.digest('hex'), out: out ? resolve(out) : null, months: months ? resolve(months) : null },
			null,
			2
		)
	);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((error: Error) => {
		console.error(`demo:build failed: ${error.message}`);
		process.exit(1);
	});
}
