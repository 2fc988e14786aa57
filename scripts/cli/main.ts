/**
 * Command-line entry: `npm run cli -- <command> [options]`. Expected failures print one line and
 * exit non-zero; only a bug shows a stack trace.
 */
import { guardConsole } from './terminal-safe';
import { runDeprivationCommand } from './deprivation-command';
import { runHotspotsCommand } from './hotspots-command';
import { runReportCommand } from './report-command';
import { CliError, runIngestCommand } from './ingest-command';

const USAGE =
	'usage: npm run cli -- ingest --input <file|dir|zip>... [--mapping offences.json|columns.json] [--columns columns.json] [--write-columns c.json] ' +
	'[--format auto|police-uk|generic] [--encoding auto|utf-8|windows-1252] [--precision keep|exclude|area-only] [--centroids pwc.geojson] ' +
	'[--now ISO] [--report rejected.csv] [--out incidents.csv] [--boundaries lsoa21-assign.bin|lsoa21.geojson] [--max-file-bytes n]\n' +
	'       npm run cli -- deprivation --incidents incidents.csv [--all-groups]\n' +
	'       npm run cli -- hotspots --input <file|dir>... --res <7-10> [--k 1] [--area outline.geojson] [--group <name>] [--from yyyy-mm] [--to yyyy-mm] --out hotspots.csv\n' +
	'       npm run cli -- report --input <file|dir>... [--group <name>]... [--from yyyy-mm] [--to yyyy-mm] [--res 8] [--k 1] --out report.json';

async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	if (command === 'ingest') return runIngestCommand(rest);
	if (command === 'deprivation') return runDeprivationCommand(rest);
	if (command === 'hotspots') return runHotspotsCommand(rest);
	if (command === 'report') return runReportCommand(rest);
	console.error(command ? `error: unknown command "${command}"\n${USAGE}` : USAGE);
	return 2;
}

// File contents reach the terminal in messages: nothing in them may act as a terminal control sequence.
guardConsole();
main(process.argv.slice(2)).then(
	(code) => (process.exitCode = code),
	(error: unknown) => {
		if (error instanceof CliError) {
			console.error(`error: ${error.message}`);
			process.exitCode = error.exitCode;
		} else throw error;
	}
);
