/** Writes artifacts under the output folder and remembers their size, hash and count for the manifest. */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';

export interface ArtifactRecord {
	bytes: number;
	sha256: string;
	features?: number;
	rows?: number;
}

export function sha256(data: string | Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

/** One feature per line: still compact, but a changed feature shows up as a one-line diff. */
export function formatFeatureCollection(features: readonly Feature[]): string {
	const lines = features.map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export class OutputDir {
	readonly artifacts = new Map<string, ArtifactRecord>();

	constructor(readonly root: string) {}

	/** Writes a file at a data/-relative path (forward slashes) and records it. */
	write(path: string, data: string | Uint8Array, counts: { features?: number; rows?: number } = {}): void {
		this.artifacts.set(path, { ...this.writeUnlisted(path, data), ...counts });
	}

	/** Writes a file the manifest does not list itself, for sets too many to list (basemap tiles: tiles.json holds their digest). */
	writeUnlisted(path: string, data: string | Uint8Array): { bytes: number; sha256: string } {
		const file = join(this.root, ...path.split('/'));
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, data);
		return { bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength, sha256: sha256(data) };
	}

	writeGeoJson(path: string, collection: FeatureCollection | readonly Feature[]): void {
		const features = Array.isArray(collection) ? collection : (collection as FeatureCollection).features;
		this.write(path, formatFeatureCollection(features), { features: features.length });
	}

	writeJson(path: string, value: unknown): void {
		this.write(path, JSON.stringify(value, null, '\t') + '\n');
	}
}
