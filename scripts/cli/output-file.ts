/**
 * Files the CLI writes: checked before a long import starts, written beside the target and renamed into place,
 * so a failed or cancelled run never leaves half a file under the name asked for.
 */
import { accessSync, constants, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './cli-error';

/** Refuses an output path whose folder is missing or not writable, or that names a folder. */
export function checkOutputPath(path: string, flag: string): void {
	const full = resolve(path);
	const dir = dirname(full);
	if (!existsSync(dir)) throw new CliError(`${flag}: folder ${dir} does not exist`, 2);
	try {
		accessSync(dir, constants.W_OK);
	} catch {
		throw new CliError(`${flag}: folder ${dir} is not writable`, 2);
	}
	if (existsSync(full) && statSync(full).isDirectory()) throw new CliError(`${flag}: ${full} is a folder, not a file`, 2);
}

/** Runs `write` on a temporary name beside `path`, then renames it into place; on any failure the temporary file is removed. */
export async function writeWhole(path: string, flag: string, write: (tmp: string) => Promise<void> | void): Promise<void> {
	const tmp = `${resolve(path)}.partial-${process.pid}`;
	try {
		await write(tmp);
		renameSync(tmp, path);
	} catch (e) {
		rmSync(tmp, { force: true });
		const why = e instanceof Error && 'code' in e ? String(e.code) : e instanceof Error ? e.message : String(e);
		throw new CliError(`${flag}: could not write ${path} (${why})`);
	}
}
