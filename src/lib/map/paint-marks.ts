/** User-timing mark names the map sets, read by `npm run perf` (scripts/perf) and the end-to-end tests. */
export const MAP_READY_MARK = 'hotspot-atlas:map-ready';
/** The first frame drawn with any deck.gl data layer: the default dataset's hexagons on the screen. */
export const FIRST_PAINT_MARK = 'hotspot-atlas:hexes-drawn';
/** The latest frame drawn after the data layers changed (a filter change reaching the screen). */
export const PAINT_MARK = 'hotspot-atlas:deck-painted';
