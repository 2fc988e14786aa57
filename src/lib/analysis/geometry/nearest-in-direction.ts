/**
 * The keyboard's step across the map: from one hexagon to the nearest one that lies in the direction of an
 * arrow key. Positions are compared in local metres (an equirectangular projection at the start point), so a
 * degree of longitude, about 70 km in Kent, is not mistaken for a degree of latitude, about 111 km.
 */
import type { LngLat } from './lng-lat';

export type Direction = 'up' | 'down' | 'left' | 'right';

const METRES_PER_DEGREE = 111_320;
/** Each arrow's direction on screen, in degrees clockwise from the top. */
const SCREEN_ANGLE: Record<Direction, number> = { up: 0, right: 90, down: 180, left: 270 };

/**
 * Index of the candidate to step to: among those within 45 degrees either side of the direction, the one with
 * the least distance along it plus twice its distance across (so a neighbour straight ahead beats a nearer one
 * off to the side); -1 when none lies that way. The start point itself is never chosen. `bearingDeg` is the
 * map's rotation, so the arrows follow the screen.
 */
export function nearestInDirection(from: LngLat, candidates: readonly LngLat[], direction: Direction, { bearingDeg = 0 }: { bearingDeg?: number } = {}): number {
	// A map turned by its bearing puts "up" on screen that many degrees east of north.
	const angle = ((SCREEN_ANGLE[direction] + bearingDeg) * Math.PI) / 180;
	const [ux, uy] = [Math.sin(angle), Math.cos(angle)];
	const kx = METRES_PER_DEGREE * Math.cos((from[1] * Math.PI) / 180);
	let best = -1;
	let bestScore = Infinity;
	candidates.forEach(([lng, lat], i) => {
		const dx = (lng - from[0]) * kx;
		const dy = (lat - from[1]) * METRES_PER_DEGREE;
		const along = dx * ux + dy * uy;
		const across = Math.abs(dx * uy - dy * ux);
		if (along <= 0 || across > along) return;
		const score = along + 2 * across;
		if (score < bestScore) [best, bestScore] = [i, score];
	});
	return best;
}

/** Index of the candidate nearest a point (where the keyboard's focus starts: the middle of the map); -1 for none. */
export function nearestTo(point: LngLat, candidates: readonly LngLat[]): number {
	const kx = Math.cos((point[1] * Math.PI) / 180);
	let best = -1;
	let bestD = Infinity;
	candidates.forEach(([lng, lat], i) => {
		const d = ((lng - point[0]) * kx) ** 2 + (lat - point[1]) ** 2;
		if (d < bestD) [best, bestD] = [i, d];
	});
	return best;
}
