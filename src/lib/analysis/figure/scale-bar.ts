/** A scale bar's length: the longest round distance (1, 2 or 5 x 10^n metres) that fits in `maxUnits` of map. */
export function scaleBar(metresPerUnit: number, maxUnits: number): { metres: number; units: number; label: string } {
	const maxMetres = metresPerUnit * maxUnits;
	let metres = 1;
	for (let p = 0; p < 8; p++) {
		for (const m of [1, 2, 5]) {
			const candidate = m * 10 ** p;
			if (candidate <= maxMetres) metres = candidate;
		}
	}
	return { metres, units: metres / metresPerUnit, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}
