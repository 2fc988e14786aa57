/**
 * The worker's message protocol: the service's typed requests (service/requests.ts) carried as messages.
 * Every message carries an id; answers, progress and errors carry the id of the call they belong to, so the
 * client can drop answers to superseded calls.
 */
import type { ImportProgress } from '$lib/analysis/ingest/import-request';
import type { AnswerOf, AtlasErrorCode, RequestKind, RequestOf } from '$lib/service/requests';

/** One call of each kind, request typed by its kind. */
export type CallMessage = { [K in RequestKind]: { id: number; type: 'call'; kind: K; request: RequestOf<K> } }[RequestKind];

/** One answer of each kind, answer typed by its kind. */
export type AnswerMessage = { [K in RequestKind]: { id: number; type: 'answer'; kind: K; answer: AnswerOf<K> } }[RequestKind];

export type WorkerRequest = { id: number; type: 'init'; dataUrl: string } | CallMessage | { id: number; type: 'cancel'; target: number };

export type WorkerResponse =
	| { id: number; type: 'ready' }
	| AnswerMessage
	| { id: number; type: 'progress'; progress: ImportProgress }
	| { id: number; type: 'error'; code: AtlasErrorCode; message: string };
