/** An expected failure: printed as one line, no stack trace, and the process exits with `exitCode`. */
export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode = 1
	) {
		super(message);
	}
}

/** Exit status of a run stopped by Ctrl-C, as shells report it (128 + SIGINT). */
export const CANCELLED_EXIT = 130;
