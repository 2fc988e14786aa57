/** A figure's content for tests: every element filled, as the app would for evening violence in Medway. */
import { UK_DISCLOSURE, disclosureLine } from '../disclosure/disclosure';
import type { FigureContent } from './figure-content';

export function sampleFigureContent(overrides: Partial<FigureContent> = {}): FigureContent {
	return {
		title: 'Evening serious violence hot spots, Medway',
		subtitle: 'Incidents per hexagon, 18:00-23:00, 01/01/2025 to 31/12/2025',
		legend: {
			title: 'Incidents per hexagon',
			units: 'H3 resolution 8 (about 0.74 km²), head/tail breaks',
			items: [
				{ colour: [255, 255, 178], label: '5–12', detail: '41 hex · 38% of incidents' },
				{ colour: [253, 141, 60], label: '13–40', detail: '12 hex · 41% of incidents' },
				{ colour: [189, 0, 38], label: '41–95', detail: '3 hex · 21% of incidents' },
				{ colour: [189, 189, 189], label: 'Fewer than 5', detail: 'counts not shown' }
			],
			notes: ['Map holds 1,235 incidents.']
		},
		filters: ['Districts: Medway', 'Time: 18:00-23:00, Mon-Sun', 'Dates: 01/01/2025 to 31/12/2025', 'Definition: Serious violence (the default): homicide, robbery, sexual offences.'],
		disclosure: disclosureLine(UK_DISCLOSURE),
		control: UK_DISCLOSURE,
		source: 'Synthetic demo data (seed 20240101)',
		synthetic: true,
		attribution: 'Contains OS data © Crown copyright and database right 2025; © OpenStreetMap contributors',
		marking: 'OFFICIAL',
		appVersion: '0.1.0',
		checksum: '3f9a2c1b',
		made: '05/12/2026 12:30',
		mapDescription: 'Map of Medway with 56 hexagons coloured by incident count; the highest counts are in Chatham and Gillingham town centres.',
		inset: null,
		...overrides
	};
}
