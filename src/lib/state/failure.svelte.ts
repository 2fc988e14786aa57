import { errorDetails } from './error-details';

/** A failure the user should see, with what the app did about it and details safe to copy into a bug report. */
export interface Failure {
	title: string;
	/** What happened, in plain words. */
	message: string;
	/** What the app did next (e.g. restarted and reloaded), filled in when known. */
	outcome: string;
	details: string;
}

/** The one unexpected failure on show (the latest replaces an earlier one). */
export class FailureState {
	current = $state.raw<Failure | null>(null);

	constructor(
		private readonly version: string,
		private readonly userAgent: string,
		private readonly now: () => number
	) {}

	report(title: string, where: string, error: unknown, message = 'Nothing on screen was lost.'): Failure {
		const failure = { title, message, outcome: '', details: errorDetails({ version: this.version, at: this.now(), userAgent: this.userAgent, where, error }) };
		this.current = failure;
		return failure;
	}

	/** Adds what happened next to a failure still on show. */
	settle(failure: Failure, outcome: string): void {
		if (this.current === failure) this.current = { ...failure, outcome };
	}

	dismiss(): void {
		this.current = null;
	}
}
