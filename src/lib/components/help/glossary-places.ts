/** Glossary entries about places: hexagons, neighbourhoods, deprivation, rates, sites and distances. */
import { DOMAINS, EDITIONS } from '$lib/analysis/deprivation/domains';
import { AGE_BAND_KEYS } from '$lib/analysis/offences/groups';
import { DEFAULT_RADIUS_M } from '$lib/analysis/sites/model';
import { EARTH_RADIUS_M } from '$lib/analysis/sites/distance';
import { BEFORE_AFTER_CAUTION, SMALL_COUNT } from '$lib/analysis/sites/before-after';
import type { GlossaryText } from './glossary-entry';
import { HEX_AREA_AVG_KM2, HEX_EDGE_M, HEXAGON_SIZES, KENT_AREA_SHARE, sizeDescription, sizeName } from './hexagon-sizes';

const metres = (m: number) => `${m.toLocaleString('en-GB')} metres`;
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
const domains = DOMAINS.filter((d) => d.key !== 'imd').map((d) => d.label.toLowerCase());
/** Age bands an incident can carry, as words: "0-9, 10-17, 18-24 and 25+". */
const ageBands = AGE_BAND_KEYS.filter((k) => k !== 'unknown');

export const PLACE_ENTRIES = {
	'hexagon-size': {
		title: 'Hexagon size',
		plain: [
			'The map divides Kent & Medway into hexagons of equal size and counts the incidents in each. Equal shapes let places be compared fairly, unlike wards or districts, which differ in size and shape.',
			'“Auto by zoom” picks the size from how far the map is zoomed in. Hot spot tests and tables use the size you set for them, so their answer does not change as you zoom.',
			`Hexagons over Kent are about ${Math.round((1 - KENT_AREA_SHARE) * 100)}% smaller than the world averages given here, because of how the grid is laid over the globe. A different size can move or split a hot spot; “Do the hot spots depend on the grid?” checks that.`
		],
		lists: [{ heading: 'Sizes offered', items: HEXAGON_SIZES.map((r) => ({ term: `${capital(sizeName(r))} (${r})`, text: sizeDescription(r) })) }],
		technical: `H3 resolutions ${HEXAGON_SIZES.join(', ')} (the H3 hexagonal grid). World average edge length ${HEXAGON_SIZES.map((r) => `${Math.round(HEX_EDGE_M[r]).toLocaleString('en-GB')} m`).join(', ')} and area ${HEXAGON_SIZES.map((r) => `${HEX_AREA_AVG_KM2[r].toFixed(3)} km²`).join(', ')} (h3-js getHexagonEdgeLengthAvg, getHexagonAreaAvg). Each incident is placed in its hexagon at every size directly, never through the larger hexagon that holds a smaller one.`
	},
	lsoa: {
		title: 'Neighbourhoods (LSOAs)',
		plain: [
			'Small areas the Office for National Statistics draws for statistics, each home to about 1,000 to 3,000 people (400 to 1,200 households). Deprivation and population figures are published for them.',
			'The atlas places each incident in the neighbourhood whose boundary it falls inside, using the published boundaries at full detail. It does not use the neighbourhood police.uk gives, which disagrees with the boundaries for a few per cent of incidents.',
			'The boundaries were redrawn after the 2021 Census, so there are two sets: 2011 (used by IMD 2019) and 2021 (used by IMD 2025 and current police.uk files). The atlas moves between them with the ONS lookup.'
		],
		technical: 'Lower layer Super Output Area (LSOA), 2011 and 2021 boundaries (ONS); the LSOA 2011 to 2021 lookup for changes (unchanged, split, merged).'
	},
	imd: {
		title: 'Deprivation (IMD)',
		plain: [
			`The Index of Multiple Deprivation ranks every neighbourhood (LSOA) in England from most to least deprived. It combines seven kinds of deprivation: ${domains.slice(0, -1).join('; ')}; and ${domains.at(-1)}.`,
			`Two editions are offered: ${Object.values(EDITIONS).map((e) => e.label).join(' and ')}, each on the neighbourhood boundaries of its time.`,
			'It describes areas, not people: many people in a deprived area are not deprived, and many deprived people live elsewhere. Its crime domain is built partly from recorded crime, so comparing violence with it is partly circular.'
		],
		technical: `English Indices of Deprivation (2019 and 2025): the Index of Multiple Deprivation and its seven domains; ranks run from 1 (most deprived) to ${Object.values(EDITIONS).map((e) => `${e.englandLsoas.toLocaleString('en-GB')} (${e.label.replace(/ \(.*\)$/, '')})`).join(' and ')}.`
	},
	deciles: {
		title: 'Deprivation deciles',
		plain: [
			'Deciles split all of England’s neighbourhoods into ten equal groups by their deprivation rank: decile 1 is the most deprived 10%, decile 10 the least deprived 10%. They are national, so a Kent neighbourhood in decile 1 is among the most deprived tenth in England, not in Kent.',
			'A neighbourhood’s decile is its own. A hexagon has none of its own, so it takes the decile (IMD 2025) of the neighbourhood where the largest share of its residents live. A hexagon on a boundary may also hold residents of a more or less deprived neighbour.'
		],
		technical: 'IMD decile (1-10, national). Hexagon decile: the IMD 2025 decile of the LSOA 2021 holding the most residents of the H3 cell.'
	},
	rates: {
		title: 'Rates per 1,000 residents',
		plain: [
			'A count alone favours places where many people live. A rate divides the incidents by the residents and multiplies by 1,000: 30 incidents among 6,000 residents is 5 per 1,000.',
			'Residents are the people who live there (Census 2021), not the people who pass through, so a town centre with few residents and a busy night-time economy has a high rate.',
			'A rate covers the period shown. Annualised rates give a rate a year (the rate times 12, divided by the months of data), so periods of different lengths can be set side by side. Months the import reported missing do not count towards the period.'
		],
		technical: 'Crude rate per 1,000 usual residents (Census 2021; IMD 2019 tables use ONS mid-2019 estimates); annualised by a factor of 12 / months with data.'
	},
	'age-rates': {
		title: 'Rates for an age group',
		plain: [
			'A rate for one age group divides the incidents involving that age group by the residents of that age, not by everyone.',
			`Incidents carry an age band (${ageBands.slice(0, -1).join(', ')} and ${ageBands.at(-1)}) where the data gives one; police.uk gives none. Census 2021 counts residents in its own bands: 0-15, 16-24, 25-34, 35-49, 50-64 and 65 and over.`,
			'Where an age group starts and ends on Census band edges (25 and over, or all ages), its residents are counted exactly. Where it cuts across a Census band (10-17 and 18-24 both cut the 0-15 and 16-24 bands), its residents are estimated by sharing the band out evenly by year of age, and the rate is marked approximate.'
		],
		technical: 'Age-specific rate per 1,000: incidents in the age band over Census 2021 usual residents by age (6 categories, LSOA 2021); partial bands apportioned uniformly by single year of age.'
	},
	catchment: {
		title: 'Catchment',
		plain: [
			`The area a site (a youth club, a sports programme, an A&E navigator and so on) is taken to serve. A site drawn as a point covers everything within its radius: ${metres(DEFAULT_RADIUS_M)} unless the site sets its own. A site drawn as an area covers that area, plus a margin round its edge if it sets one.`,
			'Coverage counts only the sites running on the date the sites list names. A catchment is a working assumption about reach, not where the people a site serves actually live or go.'
		],
		technical: `Point sites: a circular buffer of radius r (default ${DEFAULT_RADIUS_M} m) by great-circle distance; area sites: the polygon, with an optional buffer of its own radius.`
	},
	distance: {
		title: 'Distance',
		plain: [
			'Distances are straight lines “as the crow flies” over the Earth’s surface, not along roads or paths. The walk or drive is longer, sometimes much longer where a river, railway or main road is in the way.',
			'Over Kent the straight-line figure is accurate to a few metres at a kilometre.'
		],
		technical: `Great-circle (haversine) distance on a sphere of the Earth’s mean radius (${EARTH_RADIUS_M.toLocaleString('en-GB')} m); under 0.3% from the ellipsoid over Kent.`
	},
	'coverage-rule': {
		title: 'Coverage rule: which incidents a site covers',
		plain: [
			'Space only (the default): an incident is covered if it happened inside a site’s catchment, at any time of day.',
			'Space and opening hours: it is covered only if it also happened on the site’s opening days and within its hours, widened by the margin you choose either side, because trouble gathers before a session and spills out after it. A session counts from its opening time up to, but not including, its closing time; a session past midnight belongs to the day it starts (“Fri 20:00-03:00” covers early Saturday). Times are London clock times, so on the night the clocks go back both 01:30s count as 01:30.',
			'Audience ages: it is covered only if the victim’s age band overlaps the site’s audience (a 10-17 session covers the 10-17 band, not 18-24). Where the data has no ages at all, this part is not applied, and the panel says so.',
			'Incidents inside a catchment with no time of day to match (police.uk gives only the month) cannot be checked against opening hours: they are counted apart as “time unknown”, never as covered. Incidents with no age are counted apart as “age unknown” in the same way. An incident outside every catchment is not covered whatever its time, so it is counted as not covered.',
			'Blank opening hours mean any time and a blank audience means all ages; hours or ages the app cannot read cover nothing, and the panel names those sites.',
			'An incident inside two catchments is counted once.'
		],
		technical: 'Coverage share: incidents inside any active catchment (point in buffer or polygon); optionally also within the site’s opening hours widened by a margin, and within its audience’s age bands; rows without a time (or age) reported separately, not as covered.'
	},
	gaps: {
		title: 'Gaps',
		plain: [
			'The busiest hexagons under the current filters whose centre lies outside every site’s catchment, each with its nearest site and the straight-line distance to it. You can limit the list to significant hot spots.',
			'A gap is a prompt to look, not proof of need: a site may reach a place in ways a circle on a map does not show.'
		],
		technical: 'Gap ranking: H3 cells ranked by count (or Gi* hot spots only) whose centre lies outside all active catchments, with the nearest site by great-circle distance.'
	},
	'before-after': {
		title: 'Before and after a site started',
		plain: [
			'Compares the incidents in a site’s catchment over the whole months before it started with the same number of months after. The month it started is left out, as only part of it counts.',
			'Crime rises and falls everywhere (seasons, policing, how crimes are recorded), so the change in the catchment is set against the change in the rest of the same district over the same months: “compared with the rest of the district”. Below 1, the catchment fell more, or rose less, than the rest of the district; above 1, the reverse.',
			`A 95% interval says how sure the figure is; where it includes 1 there is no clear difference. Counts under ${SMALL_COUNT} are flagged, and a window that includes a missing or incomplete month is not comparable.`,
			BEFORE_AFTER_CAUTION
		],
		technical:
			'Difference-in-differences ratio (a ratio of ratios): (after ÷ before in the catchment) ÷ (after ÷ before in the rest of the district), with a 95% interval on the log scale whose variance is scaled by the overdispersion of the monthly counts.'
	}
} satisfies Record<string, GlossaryText>;
