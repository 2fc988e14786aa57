/**
 * A seeded police.uk-format street CSV held in memory as ~1 MB string chunks: snap points sampled
 * from the shared Kent files when present (else LSOA centroids jittered), ~2% rows without
 * coordinates, a few points outside Kent, crime types and ASB shares like the real months.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../src/lib/analysis/ingest/fixtures/seeded-random';

export const HEADER = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

interface SnapPoint {
	lng: string;
	lat: string;
	location: string;
	lsoa: string;
	lsoaName: string;
}

/** Shares of crime types in Kent 2024-01 (police.uk), ASB first since its rows have no Crime ID. */
const TYPES: [string, number][] = [
	['Anti-social behaviour', 1663], ['Violence and sexual offences', 5973], ['Criminal damage and arson', 1379], ['Shoplifting', 1246],
	['Other theft', 989], ['Vehicle crime', 840], ['Public order', 656], ['Burglary', 572], ['Other crime', 419], ['Drugs', 371],
	['Possession of weapons', 126], ['Robbery', 89], ['Bicycle theft', 87], ['Theft from the person', 56]
];
const OUTCOMES = ['Under investigation', 'Unable to prosecute suspect', 'Investigation complete; no suspect identified', 'Awaiting court outcome'];
/** Points just outside the force area (London, Essex, Sussex), as police.uk's snapping produces. */
const OUTSIDE: SnapPoint[] = [
	{ lng: '0.101200', lat: '51.441000', location: 'On or near Bexley Road', lsoa: 'E01000001', lsoaName: 'Bexley 001A' },
	{ lng: '0.350000', lat: '51.550000', location: 'On or near Thurrock Road', lsoa: 'E01000002', lsoaName: 'Thurrock 001A' },
	{ lng: '0.700000', lat: '50.900000', location: 'On or near Rye Road', lsoa: 'E01000003', lsoaName: 'Rother 001A' }
];

function realSnapPoints(dir: string): SnapPoint[] {
	const byKey = new Map<string, SnapPoint>();
	for (const month of readdirSync(dir).sort()) {
		const file = join(dir, month, `${month}-kent-street.csv`);
		if (!existsSync(file)) continue;
		for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
			const f = line.split(',');
			if (f.length !== 12 || f[4] === '' || byKey.has(`${f[4]},${f[5]}`)) continue;
			byKey.set(`${f[4]},${f[5]}`, { lng: f[4], lat: f[5], location: f[6], lsoa: f[7], lsoaName: f[8] });
		}
	}
	return [...byKey.values()];
}

function centroidSnapPoints(path: string, rand: () => number): SnapPoint[] {
	const features = JSON.parse(readFileSync(path, 'utf8')).features as { properties: Record<string, string>; geometry: { coordinates: number[] } }[];
	const out: SnapPoint[] = [];
	for (const f of features) {
		for (let k = 0; k < 27; k++) {
			const [lng, lat] = f.geometry.coordinates;
			out.push({ lng: (lng + (rand() - 0.5) * 0.01).toFixed(6), lat: (lat + (rand() - 0.5) * 0.01).toFixed(6), location: `On or near Street ${k}`, lsoa: f.properties.LSOA21CD, lsoaName: f.properties.LSOA21NM });
		}
	}
	return out;
}

export interface GeneratedCsv {
	chunks: string[];
	rows: number;
	snapPoints: number;
	snapSource: string;
	bytes: number;
}

export interface GenerateOptions {
	/** Move every row's point up to about 250 m from its snap point, so (almost) no two rows share a coordinate. */
	unique?: boolean;
}

/** A snap point moved by up to ±0.0036° longitude and ±0.00225° latitude (about 250 m), at police.uk's 6 decimals. */
function jittered(p: SnapPoint, rand: () => number): SnapPoint {
	return { ...p, lng: (Number(p.lng) + (rand() - 0.5) * 0.0072).toFixed(6), lat: (Number(p.lat) + (rand() - 0.5) * 0.0045).toFixed(6) };
}

export function generatePoliceUkCsv(rows: number, seed: number, sharedDir: string, options: GenerateOptions = {}): GeneratedCsv {
	const rand = seededRandom(seed);
	const policeDir = join(sharedDir, 'police_uk_street_kent');
	const centroids = join(sharedDir, 'ons_lsoa2021_pwc_centroids__onsvisual_geo-scripts/kent_medway_lsoa2021_pwc.geojson');
	const snaps = existsSync(policeDir) ? realSnapPoints(policeDir) : centroidSnapPoints(centroids, rand);
	const snapSource = existsSync(policeDir) ? 'distinct coordinates of the shared police.uk Kent files' : 'LSOA 2021 centroids, jittered';
	const totalWeight = TYPES.reduce((a, [, w]) => a + w, 0);
	const hex = () => (rand() * 0x100000000 >>> 0).toString(16).padStart(8, '0');
	const chunks: string[] = [];
	// Lines joined per chunk give flat strings, as TextDecoder returns; a += rope would be flattened inside the timed run.
	let lines: string[] = [HEADER];
	let chars = 0;
	let bytes = 0;
	for (let i = 0; i < rows; i++) {
		let pick = rand() * totalWeight;
		let t = 0;
		while (pick >= TYPES[t][1]) pick -= TYPES[t++][1];
		const type = TYPES[t][0];
		const asb = t === 0;
		const month = `2024-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`;
		const id = asb ? '' : hex() + hex() + hex() + hex() + hex() + hex() + hex() + hex();
		const outcome = asb ? '' : OUTCOMES[Math.floor(rand() * OUTCOMES.length)];
		const r = rand();
		if (r < 0.02) {
			lines.push(`${id},${month},Kent Police,Kent Police,,,No Location,,,${type},${outcome},`);
		} else {
			const snap = r < 0.0205 ? OUTSIDE[Math.floor(rand() * OUTSIDE.length)] : snaps[Math.floor(rand() * snaps.length)];
			const p = options.unique ? jittered(snap, rand) : snap;
			lines.push(`${id},${month},Kent Police,Kent Police,${p.lng},${p.lat},${p.location},${p.lsoa},${p.lsoaName},${type},${outcome},`);
		}
		chars += lines[lines.length - 1].length + 2;
		if (chars >= 1 << 20) {
			lines.push('');
			chunks.push(lines.join('\r\n'));
			bytes += chunks[chunks.length - 1].length;
			lines = [];
			chars = 0;
		}
	}
	lines.push('');
	chunks.push(lines.length > 1 ? lines.join('\r\n') : '');
	bytes += chunks[chunks.length - 1].length;
	return { chunks, rows, snapPoints: snaps.length, snapSource, bytes };
}
