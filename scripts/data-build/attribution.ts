/** Short credit lines for the map's attribution control (data/attribution.json), one per distinct credit. */

export interface Attribution {
	readonly id: string;
	readonly text: string;
}

export const ATTRIBUTION = [
	{
		id: 'ons',
		text: 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2016–2025'
	},
	{ id: 'martinjc', text: 'LSOA 2011 GeoJSON: Martin Chorley (github.com/martinjc/UK-GeoJSON), CC BY 4.0' },
	{ id: 'mhclg', text: 'English Indices of Deprivation 2019 and 2025 (MHCLG), Open Government Licence v3.0' },
	{ id: 'os-open-roads', text: 'Motorways: contains OS data © Crown copyright and database right 2024' },
	{ id: 'osm', text: '© OpenStreetMap contributors (via geo-maps), ODbL' },
	{ id: 'network-rail', text: 'Contains public sector information licensed under the Open Government Licence v3.0 (Network Rail)' },
	{ id: 'nhs', text: 'Contains public sector information licensed under the Open Government Licence v3.0 (NHS website data)' },
	{
		id: 'dfe',
		text: 'Contains public sector information licensed under the Open Government Licence v3.0 (DfE). Contains OS data © Crown copyright and database right 2020. Contains Royal Mail data © Royal Mail copyright and database right 2020. Contains National Statistics data © Crown copyright and database right 2020'
	},
	{ id: 'stations', text: 'Stations: uk-railway-stations (David Wheatley) / Trainline EU, ODbL; © OpenStreetMap contributors' },
	{ id: 'geonames', text: 'GeoNames (geonames.org), CC BY 4.0' },
	{ id: 'police-uk', text: 'Crime locations: police.uk (Home Office, data supplied by Kent Police), Open Government Licence v3.0' }
] as const satisfies readonly Attribution[];

export type AttributionId = (typeof ATTRIBUTION)[number]['id'];
