/**
 * The 13 districts of the study area: Kent's 12 districts plus Medway unitary authority.
 * Codes are ONS GSS codes (2024); the table is the single source of truth for names, CSP areas and
 * the needs assessment's North & East / South & West split.
 */

/** The needs assessment's two halves of the county (DESIGN.md section 3). */
export type KentArea = 'north-east' | 'south-west';

export interface District {
	/** ONS GSS code of the local authority district. */
	readonly code: string;
	/** ONS name (2024). */
	readonly name: string;
	/** Short label for maps and tables. */
	readonly label: string;
	/** Former names still found in older files. */
	readonly formerNames: readonly string[];
	/** ONS Community Safety Partnership area (2024); Dartford and Gravesham share one. */
	readonly cspCode: string;
	readonly cspName: string;
	readonly area: KentArea;
}

export const DISTRICTS: readonly District[] = [
	{ code: 'E06000035', name: 'Medway', label: 'Medway', formerNames: [], cspCode: 'E22000143', cspName: 'Medway', area: 'north-east' },
	{ code: 'E07000105', name: 'Ashford', label: 'Ashford', formerNames: [], cspCode: 'E22000137', cspName: 'Ashford', area: 'north-east' },
	{ code: 'E07000106', name: 'Canterbury', label: 'Canterbury', formerNames: [], cspCode: 'E22000138', cspName: 'Canterbury', area: 'north-east' },
	{ code: 'E07000107', name: 'Dartford', label: 'Dartford', formerNames: [], cspCode: 'E22000352', cspName: 'Dartford and Gravesham', area: 'north-east' },
	{ code: 'E07000108', name: 'Dover', label: 'Dover', formerNames: [], cspCode: 'E22000140', cspName: 'Dover', area: 'north-east' },
	{ code: 'E07000109', name: 'Gravesham', label: 'Gravesham', formerNames: [], cspCode: 'E22000352', cspName: 'Dartford and Gravesham', area: 'north-east' },
	{ code: 'E07000110', name: 'Maidstone', label: 'Maidstone', formerNames: [], cspCode: 'E22000142', cspName: 'Maidstone', area: 'south-west' },
	{ code: 'E07000111', name: 'Sevenoaks', label: 'Sevenoaks', formerNames: [], cspCode: 'E22000144', cspName: 'Sevenoaks', area: 'south-west' },
	// Renamed from Shepway in 2018 with the same code; ONS still names its CSP "Shepway".
	{ code: 'E07000112', name: 'Folkestone and Hythe', label: 'Folkestone & Hythe', formerNames: ['Shepway'], cspCode: 'E22000145', cspName: 'Shepway', area: 'north-east' },
	{ code: 'E07000113', name: 'Swale', label: 'Swale', formerNames: [], cspCode: 'E22000146', cspName: 'Swale', area: 'north-east' },
	{ code: 'E07000114', name: 'Thanet', label: 'Thanet', formerNames: [], cspCode: 'E22000147', cspName: 'Thanet', area: 'north-east' },
	{ code: 'E07000115', name: 'Tonbridge and Malling', label: 'Tonbridge & Malling', formerNames: [], cspCode: 'E22000148', cspName: 'Tonbridge and Malling', area: 'south-west' },
	{ code: 'E07000116', name: 'Tunbridge Wells', label: 'Tunbridge Wells', formerNames: [], cspCode: 'E22000149', cspName: 'Tunbridge Wells', area: 'south-west' }
];

const BY_CODE = new Map(DISTRICTS.map((d) => [d.code, d]));

/** The district for an ONS code, or undefined when the code is not one of the 13. */
export function districtByCode(code: string): District | undefined {
	return BY_CODE.get(code);
}

/** True for the 13 study-area district codes. */
export function isStudyDistrict(code: string): boolean {
	return BY_CODE.has(code);
}

/** Upper-tier areas whose union is the study area: Kent County Council's area and Medway. */
export const UPPER_TIER = [
	{ code: 'E10000016', name: 'Kent (county council area)' },
	{ code: 'E06000035', name: 'Medway' }
] as const;
