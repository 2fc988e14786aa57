/** Finds, checks and reads the raw inputs, hashing each one for SOURCES.md and the manifest. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allInputFiles, type InputSpec } from './inputs';
import { parseCsv } from './csv';
import { sha256 } from './output';

/** Default location of the open data, relative to the repo root. */
export const DEFAULT_OPEN_DATA_DIR = '../shared/data/open';

export function openDataDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
	return resolve(cwd, env.ATLAS_OPEN_DATA_DIR ?? DEFAULT_OPEN_DATA_DIR);
}

/** Raised for any input problem; main prints the message and exits 1. */
export class DataBuildError extends Error {}

/** A message naming every missing input, its official download page and where to put it. */
export function missingInputsMessage(dir: string, missing: { path: string; input: InputSpec }[]): string {
	const lines = missing.map(
		({ path, input }) =>
			`  - ${path}\n      publisher: ${input.publisher}\n      download:  ${input.page}\n      put it at: ${join(dir, path)}\n      see:       ${input.provenance}`
	);
	return [
		`${missing.length} input file(s) missing from ${dir}`,
		'(set ATLAS_OPEN_DATA_DIR to use another folder; the files are cut to Kent & Medway as PROVENANCE*.md describes):',
		...lines
	].join('\n');
}

export class InputReader {
	/** sha256 of every input read, keyed by its path under the open-data folder. */
	readonly hashes = new Map<string, string>();

	constructor(readonly dir: string) {}

	/** Throws a DataBuildError listing every missing file, so one run reports them all. */
	checkAllPresent(): void {
		const missing = allInputFiles().filter(({ path }) => !existsSync(join(this.dir, path)));
		if (missing.length > 0) throw new DataBuildError(missingInputsMessage(this.dir, missing));
	}

	bytes(path: string): Buffer {
		const file = join(this.dir, path);
		if (!existsSync(file)) throw new DataBuildError(`input missing: ${file}`);
		const data = readFileSync(file);
		this.hashes.set(path, sha256(data));
		return data;
	}

	text(path: string): string {
		return this.bytes(path).toString('utf8');
	}

	json<T>(path: string): T {
		return JSON.parse(this.text(path)) as T;
	}

	csv(path: string): Record<string, string>[] {
		return parseCsv(this.text(path));
	}
}
