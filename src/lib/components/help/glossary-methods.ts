/** Glossary entries about the statistics and the handling of the data: significance, hot spots, change, weights, disclosure. */
import { UK_DISCLOSURE } from '$lib/analysis/disclosure/disclosure';
import { LOW_MONTH_RATIO } from '$lib/analysis/ingest/month-gaps';
import { SMALL_BASE } from '$lib/analysis/session/change-answer';
import { MIN_INCIDENTS } from '$lib/analysis/session/hotspots';
import { SNAP_LOCATION_MIN } from '$lib/analysis/session/locations';
import { EMERGING_CLASSES, MIN_STEPS } from '$lib/analysis/stats/emerging';
import { EMERGING_PATTERNS, patternName } from '$lib/components/hotspots/emerging-patterns';
import type { GlossaryText } from './glossary-entry';

/** Location checks at import (ingest/precision.ts; the glossary test pins these to its constants). */
export const PRECISION_CHECKS = { sharedMinRows: 10, sharedMedianMultiple: 10, centroidToleranceM: 5 } as const;

const percent = (share: number) => `${Math.round(share * 100)}%`;

export const METHOD_ENTRIES = {
	significance: {
		title: 'Significance: could it be chance?',
		plain: [
			'Incidents fall unevenly even when nothing special is happening, so some places look busy by chance. A test asks how likely a pattern this strong would be by chance alone; the smaller that chance, the surer the finding.',
			'Thousands of hexagons are tested at once, so some would pass by chance alone. The atlas therefore limits false alarms across the whole map: among the hexagons shown as hot at the 95% level, no more than about 5% are expected to be false alarms. The 99%, 95% and 90% levels mean fewer than 1, 5 and 10 false alarms in every 100 findings.',
			'Incidents cluster (one night, one address, one group), so counts vary more than pure chance would make them. Intervals for changes are widened to allow for that, using how much each area’s monthly counts vary.',
			'Significant does not mean large or important; not significant does not mean nothing is happening there.'
		],
		technical:
			'Two-sided p-values from the normal distribution; q-values by the Benjamini-Hochberg false discovery rate across all hexagons (or districts) tested, at q < 0.01, 0.05 and 0.10; Poisson intervals with the variance scaled by the overdispersion of the monthly counts.'
	},
	'hot-spots': {
		title: 'Hot spots and cold spots',
		plain: [
			'A hot spot is a hexagon that, together with its neighbours, holds more incidents than it would if incidents were spread evenly across Kent & Medway, by more than chance would explain. One busy hexagon among quiet ones may not be a hot spot; a cluster of fairly busy ones can be. A cold spot is the opposite.',
			'The neighbourhood is one, two or three rings of hexagons round each (7, 19 or 37 hexagons in all). Hexagons with no incidents take part, because a quiet place is a real observation.',
			`Each colour says how sure the finding is (99%, 95% or 90%; see significance). With fewer than ${MIN_INCIDENTS} incidents the test is unreliable and the atlas warns.`
		],
		technical:
			'Getis-Ord Gi* (Getis and Ord 1995): binary weights over the H3 cells within k rings (gridDisk), the cell itself included, over all study-area cells, as spdep::localG computes; classes by Benjamini-Hochberg q.'
	},
	emerging: {
		title: 'Emerging hot spots',
		plain: [
			`How hot spots change over time. The data is split into months or quarters (at least ${MIN_STEPS}), hot and cold spots are found in each step, each hexagon judged with its neighbours in the same step and the step either side, and each hexagon’s series is checked for a rising or falling trend.`,
			'Each hexagon is given one of the patterns below, hot or cold. “Significant” means a hot spot (for cold patterns, a cold spot) at the 95% level in that step.'
		],
		lists: [{ heading: 'Patterns', items: EMERGING_CLASSES.map((k) => ({ term: patternName(k), text: `${EMERGING_PATTERNS[k][0].toUpperCase()}${EMERGING_PATTERNS[k].slice(1)}.` })) }],
		technical:
			'Emerging Hot Spot Analysis as ArcGIS Pro defines it: space-time Gi* for every cell and time step (q < 0.05, Benjamini-Hochberg over all bins) and a Mann-Kendall trend test on each cell’s series of z-scores.'
	},
	change: {
		title: 'Change between two periods',
		plain: [
			'Compares two periods of the same length, A (before) and B (after), district by district and hexagon by hexagon: the counts, the difference and B divided by A, with a 95% interval.',
			`A hexagon with fewer than ${SMALL_BASE} incidents in A is not given a ratio, because one or two incidents swing it wildly. Rises and falls are coloured only where the change is clear after allowing for the number of places compared.`,
			'The map layer shows clusters of rises and falls: places where a hexagon and its neighbours together changed more than chance would explain, measured so that busy places do not look like change by their size alone. Periods that include a missing or incomplete month are not comparable.'
		],
		technical:
			'Difference B − A; ratio B ÷ A with a 95% interval (Poisson, variance scaled by overdispersion) and Benjamini-Hochberg q; the map layer is Gi* on the standardised difference (B − A) ÷ √(A + B).'
	},
	weighting: {
		title: 'Weighting by harm or cost',
		plain: [
			'Normally every incident counts as one, so a common assault weighs the same as a stabbing. Weighting gives each incident a weight for how serious it is, and the hot spot map adds up the weights instead of counting incidents.',
			'Harm weights come from the ONS Crime Severity Score, which weighs an offence by the sentences courts typically give for it. Cost weights are the Home Office’s estimates of the economic and social cost of one crime of each kind, in pounds.',
			'Offence groups a table gives no weight are left out of the weighted map, and the panel says how many incidents that leaves out. One homicide weighs as much as hundreds of assaults, so a single rare offence can make a hot spot: read the counts map beside it. You can load your own table, such as the Cambridge Crime Harm Index.'
		],
		technical:
			'Weighted Gi* on the sum of weights per cell. Tables: ONS Crime Severity Score (2016); Home Office, The economic and social costs of crime (2018, 2015/16 prices; 2019/20 prices). A row’s Home Office offence code weight is used before its group’s.'
	},
	disclosure: {
		title: 'Disclosure control: protecting small numbers',
		plain: [
			`Small counts in a published table can point to people, such as the one victim in a quiet street. With control on (the usual UK practice), counts from 1 to ${UK_DISCLOSURE.threshold - 1} are shown as “fewer than ${UK_DISCLOSURE.threshold}” and every other count is rounded to the nearest ${UK_DISCLOSURE.base}.`,
			'Each figure, totals included, is rounded on its own from the exact figures, so totals need not add up, and a hidden count cannot be worked out by subtracting shown ones. Zero stays zero. Rates and shares are worked out from the exact counts and not shown where the count is hidden.',
			'Every export applies the setting and says so. Briefing mode applies it on screen too.'
		],
		technical: `Statistical disclosure control: small-cell suppression below ${UK_DISCLOSURE.threshold} and rounding to base ${UK_DISCLOSURE.base}, each figure independently, as in ONS and police open data releases.`
	},
	'incomplete-months': {
		title: 'Missing and incomplete months',
		plain: [
			'Sometimes a month’s data is missing or only partly published: police.uk’s Kent files for November and December 2018 are partial. A drop like that is not a fall in crime.',
			`At import each month’s incidents per day are compared with the busiest month within two months either side. A month below ${percent(LOW_MONTH_RATIO)} of that is flagged as incomplete; a month with none is missing.`,
			'Charts grey flagged months, and any comparison that includes one (before and after, change between periods, hot spot windows) is marked not comparable.'
		],
		technical: `A month is flagged “low” when its rows per day fall below ${LOW_MONTH_RATIO} × the busiest present month within ±2 months, and “missing” with no rows.`
	},
	'location-precision': {
		title: 'How precise locations are',
		plain: [
			'police.uk does not publish where a crime happened exactly. To protect privacy, each crime is moved to the nearest of a set of anonymous map points, such as the middle of a street, a park or a car park, each covering at least eight addresses or none. So many incidents can sit on one point, and a hexagon’s count can really be one street’s.',
			`The atlas marks a hexagon where one location holds at least half of its incidents, or ${SNAP_LOCATION_MIN} or more.`,
			'Partner data can be imprecise too: placed at a postcode or neighbourhood centre, rounded to 100 m or 1 km, or many rows at one address such as a police station. The import checks for these and lets you keep them, leave them out, or count them in the district and neighbourhood tables only, not on the map.'
		],
		technical: `police.uk location anonymisation (“snap points”). Import checks: a shared coordinate (at least ${PRECISION_CHECKS.sharedMinRows} rows and ${PRECISION_CHECKS.sharedMedianMultiple} times the median per coordinate), within ${PRECISION_CHECKS.centroidToleranceM} m of an LSOA 2021 population-weighted centroid, or rounded to 100 m or 1 km.`
	}
} satisfies Record<string, GlossaryText>;
