import type { AnswerOf, RequestOf, SupersedableKind } from '$lib/service/requests';
import type { AtlasClient } from '$lib/workers/atlas-client';

/**
 * The latest answer to one kind of supersedable request (Gi* hot spots, their robustness, stability, emerging
 * hot spots): the client's latest-wins rule means a stale answer never lands.
 */
export class LatestAnswer<K extends SupersedableKind> {
	answer = $state.raw<AnswerOf<K> | null>(null);
	error = $state('');
	pending = $state(0);
	/** Bumped on every new answer, for a layer's updateTriggers. */
	version = $state(0);

	constructor(
		private readonly client: AtlasClient,
		private readonly kind: K,
		/** Starts the message shown when the request fails, e.g. "Hot spots could not be computed". */
		private readonly failure: string
	) {}

	async request(request: RequestOf<K>): Promise<void> {
		this.pending++;
		try {
			const answer = await this.client.latest(this.kind, request);
			if (!answer) return;
			this.error = '';
			this.answer = answer;
			this.version++;
		} catch (error) {
			this.error = `${this.failure}: ${(error as Error).message}`;
		} finally {
			this.pending--;
		}
	}
}
