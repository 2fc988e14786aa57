/**
 * The packed LSOA boundaries the import assigns points with (data/boundaries/lsoa21-assign.bin): the
 * published polygons at their own precision, quantised to 1e-9 degree (about 0.1 mm), never simplified.
 *
 * Layout, all inside one gzip member:
 *   "HAAB"                     4 bytes, magic
 *   version                    u32 little-endian (BOUNDARY_PACK_VERSION)
 *   header length, header      u32, then UTF-8 JSON { scale, areas: [{ code, name, district }] }
 *   per area, in header order: ring count (zigzag varint), then per ring its vertex count (zigzag varint)
 *                              and the vertices as zigzag varint deltas of round(lng * scale), round(lat * scale)
 *                              from the previous vertex of the file (the first from 0, 0)
 * Rings are written as published (closed, holes after their shell). Shared vertices stay bit-identical
 * after quantising, so neighbours still share exact edges and the boundary rule of area-index.ts holds.
 */
import { gunzipSync, gzipSync } from 'fflate';
import { ByteReader, ByteWriter } from '../samples/byte-streams';
import { buildAreaIndex, type AreaIndex, type AreaRecord } from './area-index';

export const BOUNDARY_PACK_MAGIC = 'HAAB';
export const BOUNDARY_PACK_VERSION = 1;
/** 1e-9 degree (about 0.1 mm): at 1e-7 (1 cm) 3 of the 14,071 police.uk 2024 snap points changed LSOA; at 1e-9 none do. */
export const BOUNDARY_PACK_SCALE = 1e9;

interface PackHeader {
	scale: number;
	areas: { code: string; name: string; district: string }[];
}

export function packBoundaries(records: readonly AreaRecord[]): Uint8Array {
	const w = new ByteWriter();
	w.raw(new TextEncoder().encode(BOUNDARY_PACK_MAGIC));
	w.u32(BOUNDARY_PACK_VERSION);
	const header: PackHeader = { scale: BOUNDARY_PACK_SCALE, areas: records.map(({ code, name, district }) => ({ code, name, district })) };
	const json = new TextEncoder().encode(JSON.stringify(header));
	w.u32(json.length);
	w.raw(json);
	let px = 0;
	let py = 0;
	for (const r of records) {
		w.zigzag(r.rings.length);
		for (const ring of r.rings) {
			w.zigzag(ring.length / 2);
			for (let k = 0; k < ring.length; k += 2) {
				const x = Math.round(ring[k] * BOUNDARY_PACK_SCALE);
				const y = Math.round(ring[k + 1] * BOUNDARY_PACK_SCALE);
				w.zigzag(x - px);
				w.zigzag(y - py);
				px = x;
				py = y;
			}
		}
	}
	// mtime 0 keeps the build byte-stable.
	return gzipSync(w.finish(), { level: 9, mtime: 0 });
}

export function unpackBoundaries(bytes: Uint8Array): AreaRecord[] {
	const r = new ByteReader(gunzipSync(bytes));
	if (new TextDecoder().decode(r.raw(4)) !== BOUNDARY_PACK_MAGIC) throw new Error('not a packed boundary file');
	const version = r.u32();
	if (version !== BOUNDARY_PACK_VERSION) throw new Error(`packed boundaries version ${version}, expected ${BOUNDARY_PACK_VERSION}: rebuild data/ (npm run data:build)`);
	const header = JSON.parse(new TextDecoder().decode(r.raw(r.u32()))) as PackHeader;
	let px = 0;
	let py = 0;
	const records = header.areas.map((a): AreaRecord => {
		const rings: Float64Array[] = [];
		for (let i = r.zigzag(); i > 0; i--) {
			const ring = new Float64Array(2 * r.zigzag());
			for (let k = 0; k < ring.length; k += 2) {
				px += r.zigzag();
				py += r.zigzag();
				ring[k] = px / header.scale;
				ring[k + 1] = py / header.scale;
			}
			rings.push(ring);
		}
		return { ...a, rings };
	});
	if (!r.done) throw new Error('packed boundaries: trailing bytes after the last area');
	return records;
}

/** The index the import assigns points with, from the packed file's bytes. */
export function areaIndexFromPack(bytes: Uint8Array): AreaIndex {
	return buildAreaIndex(unpackBoundaries(bytes));
}
