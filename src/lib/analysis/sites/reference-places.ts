/** The reference place layers shown beside sites (data/places/), and what each source cannot tell. */
export type PlaceLayerKey = 'hospitals' | 'schools' | 'stations';
export const PLACE_LAYER_KEYS: readonly PlaceLayerKey[] = ['hospitals', 'schools', 'stations'];

/** What each layer's caption says about its source's limits (from the provenance notes). */
export const PLACE_CAVEATS: Readonly<Record<PlaceLayerKey, string>> = {
	hospitals: 'NHS website list of January 2020; Kent and Canterbury has an urgent treatment centre, not an emergency department.',
	schools: 'DfE 2021/22 list at postcode points; includes special and independent schools.',
	stations: 'National Rail stations; no lines or usage.'
};
