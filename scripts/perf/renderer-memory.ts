/**
 * Peak memory of a browser tab, read from /proc: the resident set of Chromium's renderer processes (a tab's page,
 * its workers, their heaps and array buffers all live in its renderer). Sampled on a timer while work runs.
 */
import { readdirSync, readFileSync } from 'node:fs';

function rendererPids(): number[] {
	const pids: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
			if (cmd.includes('--type=renderer') && !cmd.includes('--extension-process')) pids.push(Number(entry));
		} catch {
			// The process ended between the listing and the read.
		}
	}
	return pids;
}

/** Resident set size in bytes (VmRSS), or 0 when the process has gone. */
function rssOf(pid: number): number {
	try {
		const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}

export interface MemorySampler {
	/** Stops sampling; returns the largest resident set any one renderer reached, in bytes. */
	stop(): number;
}

export function sampleRendererMemory(everyMs = 100): MemorySampler {
	let peak = 0;
	const sample = () => {
		for (const pid of rendererPids()) peak = Math.max(peak, rssOf(pid));
	};
	sample();
	const timer = setInterval(sample, everyMs);
	return {
		stop() {
			clearInterval(timer);
			sample();
			return peak;
		}
	};
}
