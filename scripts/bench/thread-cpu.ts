/**
 * CPU seconds the calling thread has used (Linux /proc/thread-self; NaN elsewhere). On a machine shared with other
 * work, wall time measures the neighbours too; a thread's CPU time is what it would take with a core of its own.
 */
import { readFileSync } from 'node:fs';

/** Kernel clock ticks per second for utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export function threadCpuSeconds(): number {
	try {
		// Fields after the command name (which may hold spaces) start at state; utime and stime are the 12th and 13th.
		const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
	} catch {
		return NaN;
	}
}
