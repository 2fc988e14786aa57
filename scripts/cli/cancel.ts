/**
 * Ctrl-C (or SIGTERM) during a long command: the first stops the import between reads and the command exits
 * cleanly with nothing written; a second one exits at once.
 */
import { CANCELLED_EXIT, CliError } from './cli-error';

export interface Cancel {
	readonly signal: AbortSignal;
	/** Stops listening; call when the command ends. */
	dispose(): void;
}

export function cancelOnInterrupt(): Cancel {
	const controller = new AbortController();
	const onSignal = () => {
		if (controller.signal.aborted) process.exit(CANCELLED_EXIT);
		controller.abort(new CliError('cancelled: nothing was written', CANCELLED_EXIT));
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	return {
		signal: controller.signal,
		dispose() {
			process.off('SIGINT', onSignal);
			process.off('SIGTERM', onSignal);
		}
	};
}

/** The CliError a cancelled run ends with, whatever the aborted read threw (a stream reports its own AbortError). */
export function cancelledError(signal: AbortSignal, error: unknown): unknown {
	return signal.aborted && signal.reason instanceof CliError ? signal.reason : error;
}
