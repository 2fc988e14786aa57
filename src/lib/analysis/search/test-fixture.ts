/** A small hand-made place-search file for tests whose expected ranking must not move with the real data. */
import { PLACE_SEARCH_COLUMNS, PLACE_SEARCH_FORMAT, PLACE_SEARCH_VERSION, PLACE_SIZES, type PlaceSearchFile } from './place-index-format';

/** Districts 0 Dartford, 1 Gravesham (one partnership), 2 Thanet, 3 Folkestone & Hythe (partnership "Shepway"). */
export function fixtureFile(): PlaceSearchFile {
	return {
		format: PLACE_SEARCH_FORMAT,
		version: PLACE_SEARCH_VERSION,
		decimals: 4,
		columns: PLACE_SEARCH_COLUMNS,
		sizes: PLACE_SIZES,
		districts: [
			{ code: 'E07000107', name: 'Dartford', label: 'Dartford', formerNames: [], cspCode: 'E22000352', cspName: 'Dartford and Gravesham', bbox: [0.15, 51.39, 0.34, 51.48] },
			{ code: 'E07000109', name: 'Gravesham', label: 'Gravesham', formerNames: [], cspCode: 'E22000352', cspName: 'Dartford and Gravesham', bbox: [0.31, 51.33, 0.49, 51.46] },
			{ code: 'E07000114', name: 'Thanet', label: 'Thanet', formerNames: [], cspCode: 'E22000147', cspName: 'Thanet', bbox: [1.21, 51.31, 1.45, 51.39] },
			{ code: 'E07000112', name: 'Folkestone and Hythe', label: 'Folkestone & Hythe', formerNames: ['Shepway'], cspCode: 'E22000145', cspName: 'Shepway', bbox: [0.78, 50.91, 1.22, 51.2] }
		],
		wards: [
			['E05000001', 'Margate Central', 2, 1.37, 51.38, 1.39, 51.39],
			['E05000002', 'Ramsgate Eastcliff', 2, 1.41, 51.33, 1.43, 51.34],
			['E05000003', 'Dartford Heath', 0, 0.2, 51.43, 0.22, 51.44]
		],
		lsoas: [
			['E01000001', 'Thanet 001A', 2, 1.37, 51.38, 1.39, 51.39, 1.38, 51.385, 0],
			['E01000002', 'Thanet 001B', 2, 1.41, 51.33, 1.43, 51.34, 1.42, 51.335, 1],
			['E01000003', 'Dartford 001A', 0, 0.2, 51.43, 0.22, 51.44, 0.21, 51.435, 2]
		],
		places: [
			['Margate', 1, 2, 1.3862, 51.3813, 60134],
			['Ramsgate', 1, 2, 1.4168, 51.3359, 40408],
			['Ramsgate Road', 6, 2, 1.4, 51.36, null],
			['East Margate', 5, 2, 1.39, 51.385, null],
			['Westgate-on-Sea', 3, 2, 1.3358, 51.3813, 6996],
			['Margate Hill', 6, 2, 1.3, 51.37, null],
			['Dart', 6, 0, 0.21, 51.44, null],
			['Dartford Green', 4, 0, 0.22, 51.44, 500],
			['Dartford Marshes', 4, 0, 0.23, 51.44, 900]
		]
	};
}
