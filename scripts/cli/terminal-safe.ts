/**
 * Text for a terminal: control characters (escape sequences that move the cursor, recolour or retitle the
 * terminal) and bidirectional overrides from file contents are shown as \xNN or \u{NNNN}, never obeyed.
 */
// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
	return text.replace(UNSAFE, (c) => {
		const code = c.charCodeAt(0);
		return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
	});
}

/** Every console line the CLI prints goes through terminalSafe. */
export function guardConsole(target: Pick<Console, 'log' | 'error' | 'warn'> = console): void {
	for (const method of ['log', 'error', 'warn'] as const) {
		const original = target[method].bind(target);
		target[method] = (...args: unknown[]) => original(...args.map((a) => (typeof a === 'string' ? terminalSafe(a) : a)));
	}
}
