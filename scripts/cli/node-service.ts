/** The analysis service as the CLI and its tests run it: data files read from data/, nothing kept between runs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AtlasService } from '../../src/lib/service/atlas-service';
import type { DataLoader, DatasetStore } from '../../src/lib/service/ports';

const DATA = new URL('../../data/', import.meta.url).pathname;

export const nodeLoader: DataLoader = {
	text: async (p) => readFileSync(join(DATA, p), 'utf8'),
	bytes: async (p) => new Uint8Array(readFileSync(join(DATA, p)))
};

/** A store that keeps nothing: the CLI imports afresh each run. */
export const noStore: DatasetStore = {
	save: async () => {},
	load: async () => null,
	setCurrent: async () => {},
	list: async () => ({ datasets: [], current: null }),
	remove: async () => {},
	history: async () => []
};

export function nodeService(now = Date.now()): AtlasService {
	return new AtlasService({ data: nodeLoader, store: noStore, now: () => now });
}
