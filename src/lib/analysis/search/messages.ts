/** Every message place search can give, by code: tests assert codes, the UI shows the text. */

export type SearchMessageCode =
	| 'no-match'
	| 'grid-square-unknown'
	| 'grid-digits-odd'
	| 'grid-digits-uneven'
	| 'grid-digits-too-many'
	| 'coordinates-dms'
	| 'coordinates-labels'
	| 'coordinates-out-of-range'
	| 'read-as-lng-lat'
	| 'outside-area'
	| 'postcode-not-searched';

export interface SearchMessage {
	readonly code: SearchMessageCode;
	readonly text: string;
	/** The part of the query the message is about. */
	readonly value: string;
}

const TEXT: Record<SearchMessageCode, (value: string) => string> = {
	'no-match': (v) => `No district, ward, LSOA, town or village in Kent & Medway matches "${v}".`,
	'grid-square-unknown': (v) => `"${v}" is not a British National Grid square: use two letters such as TQ or TR, e.g. TQ 758 683.`,
	'grid-digits-odd': (v) => `"${v}" has an odd number of digits: a grid reference has as many easting as northing digits, e.g. TQ 758 683.`,
	'grid-digits-uneven': (v) => `"${v}" has easting and northing of different lengths: write them with the same number of digits, e.g. TQ 758 683.`,
	'grid-digits-too-many': (v) => `"${v}" has more than 10 digits: a grid reference goes down to 1 m (5 easting and 5 northing digits).`,
	'coordinates-dms': (v) => `"${v}" looks like degrees, minutes and seconds: type decimal degrees, e.g. 51.38, 0.52.`,
	'coordinates-labels': (v) => `"${v}" mixes up its labels: use N or S with latitude and E or W with longitude (or E and N for easting and northing).`,
	'coordinates-out-of-range': (v) => `"${v}" is neither a latitude and longitude nor a British National Grid easting and northing.`,
	'read-as-lng-lat': (v) => `"${v}" read as longitude, latitude: only that order puts it in Kent & Medway or on the globe.`,
	'outside-area': (v) => `${v} is outside Kent & Medway.`,
	'postcode-not-searched': (v) => `"${v}" looks like a postcode: postcodes are not searched (there is no postcode list offline); type the town, ward or a grid reference.`
};

export function searchMessage(code: SearchMessageCode, value: string): SearchMessage {
	return { code, value, text: TEXT[code](value) };
}
