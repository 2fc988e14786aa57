/**
 * What the page needs of the place search, as one module it imports on demand: the search pulls in the grid
 * reference converter (proj4), which has no place in the first paint.
 */
export { parsePlaceIndex } from './place-index';
export { nearestPlace } from './nearest-place';
export { zoomTarget } from './result';
