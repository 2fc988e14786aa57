/**
 * Small hand-written lookups for the aggregate tests: the real district table's columns, and a handful
 * of real LSOA 2021 codes (three in Thanet, two in Medway), so sums over "every LSOA" are easy to check by hand.
 */
import { buildAreaLookup, type AreaLookup } from './areas';

export const DISTRICTS_CSV = `code,name,label,csp_code,csp_name
E06000035,Medway,Medway,E22000143,Medway
E07000105,Ashford,Ashford,E22000137,Ashford
E07000106,Canterbury,Canterbury,E22000138,Canterbury
E07000107,Dartford,Dartford,E22000352,Dartford and Gravesham
E07000108,Dover,Dover,E22000140,Dover
E07000109,Gravesham,Gravesham,E22000352,Dartford and Gravesham
E07000110,Maidstone,Maidstone,E22000142,Maidstone
E07000111,Sevenoaks,Sevenoaks,E22000144,Sevenoaks
E07000112,Folkestone and Hythe,Folkestone & Hythe,E22000145,Shepway
E07000113,Swale,Swale,E22000146,Swale
E07000114,Thanet,Thanet,E22000147,Thanet
E07000115,Tonbridge and Malling,Tonbridge & Malling,E22000148,Tonbridge and Malling
E07000116,Tunbridge Wells,Tunbridge Wells,E22000149,Tunbridge Wells
`;

export const LSOA_CSV = `code,name,district
E01016016,Medway 015A,E06000035
E01016017,Medway 015B,E06000035
E01024633,Thanet 006A,E07000114
E01024634,Thanet 006B,E07000114
E01024635,Thanet 009A,E07000114
`;

/** Indexes into DISTRICTS, named so the tests read as prose. */
export const D = { medway: 0, ashford: 1, canterbury: 2, dartford: 3, dover: 4, gravesham: 5, maidstone: 6, sevenoaks: 7, folkestone: 8, swale: 9, thanet: 10, tonbridge: 11, tunbridgeWells: 12 } as const;

export function fixtureLookup(): AreaLookup {
	return buildAreaLookup({ districts: DISTRICTS_CSV, lsoa21: LSOA_CSV });
}

/** A CSV with the standard header from rows of [area, period, measure, age, value]. */
export function csv(rows: readonly (readonly string[])[], header = 'area,period,measure,age_group,value'): string {
	return [header, ...rows.map((r) => r.join(','))].join('\n') + '\n';
}
