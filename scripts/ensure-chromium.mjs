#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here).
// On a fresh Debian machine `npm test` installs it, the one system package the tests need.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) process.exit(0);

const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;

if ((!isRoot && !canSudo) || !existsSync('/usr/bin/apt-get')) {
	console.error(
		`Chromium was not found at ${chromium}. Install Debian's package (apt-get install chromium) ` +
			'or set CHROMIUM_PATH to a Chromium binary, then run the tests again.'
	);
	process.exit(1);
}

/** Runs apt-get as root, through sudo when this user is not root. @param {...string} args */
const apt = (...args) => {
	const [cmd, ...rest] = isRoot ? ['apt-get', ...args] : ['sudo', '-n', 'apt-get', ...args];
	return spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
};

console.log(`Chromium not found at ${chromium}: installing Debian's chromium package for the end-to-end tests`);
process.exit(apt('update') && apt('install', '-y', 'chromium') && existsSync(chromium) ? 0 : 1);
