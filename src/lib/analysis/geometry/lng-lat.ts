/** A position as [longitude, latitude] in WGS84 degrees: GeoJSON, MapLibre, deck.gl and turf order. The app's one coordinate type. */
export type LngLat = readonly [lng: number, lat: number];
