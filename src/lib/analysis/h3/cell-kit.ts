/**
 * What the page's main thread needs of h3-js, in the one module it imports lazily: h3-js is about 65 KB gzip
 * and nothing on the first paint needs it (state/h3-cells.svelte.ts loads it once the map is ready).
 */
export { boundaryOf, cellOfLngLat, centreOf } from './cells';
export { cellOutline } from '../sites/cell-outline';

/** The module's own shape, for callers handed it once loaded. */
export type CellKit = typeof import('./cell-kit');
