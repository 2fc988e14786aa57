/**
 * For tests that read files a clone may lack (the raw open data in ../shared beside the project). In CI
 * (CI=true, as .ci/run runs) a missing file fails the run, since a skipped check there would pass silently;
 * elsewhere the test is skipped and one line says what was skipped and why.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function filesPresent(paths: readonly (string | URL)[], what: string): boolean {
	const missing = paths.map((p) => (p instanceof URL ? fileURLToPath(p) : p)).filter((p) => !existsSync(p));
	if (missing.length === 0) return true;
	const message = `${what}: needs ${missing.join(', ')} (the open data in ../shared beside the clone)`;
	if (process.env.CI) throw new Error(`CI cannot skip ${message}`);
	console.log(`skipped ${message}`);
	return false;
}
