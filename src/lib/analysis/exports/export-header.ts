/**
 * The block every export starts with: where the data came from, what was filtered, how serious violence is
 * defined, the weighting, the disclosure setting, the app version and the dataset's checksum, so a figure in
 * a board paper can be traced and reproduced.
 */
import { disclosureLine, type DisclosureSetting } from '../disclosure/disclosure';

export interface ExportContext {
	/** The dataset's label, e.g. "Synthetic demo data (seed 20240101)". */
	source: string;
	synthetic: boolean;
	/** Active filters in words ("Violence with injury; 18:00-20:00, Fri-Sat"), or "none". */
	filters: string;
	/** The serious-violence definition in words (offences/definition.ts). */
	definition: string;
	/** "01/01/2025 to 31/12/2025", or the whole span of the data. */
	dateRange: string;
	/** "Incident counts" or the weight table's label and source. */
	weighting: string;
	disclosure: DisclosureSetting;
	appVersion: string;
	/** A short checksum of the dataset's rows (dataset-summary.ts fingerprint). */
	checksum: string;
	/** Epoch ms when the export was made. */
	madeAt: number;
	/** The protective marking the user set (e.g. OFFICIAL); empty for none. */
	marking?: string;
}

const LONDON = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });

/** dd/mm/yyyy HH:mm in Europe/London, whatever the machine's zone. */
export function londonStamp(epochMs: number): string {
	return LONDON.format(new Date(epochMs)).replace(',', '');
}

/** Key and value per line, in a fixed order. */
export function headerEntries(ctx: ExportContext): [string, string][] {
	return [
		...(ctx.marking ? ([['Protective marking', ctx.marking]] as [string, string][]) : []),
		['Source', ctx.synthetic ? `${ctx.source} (synthetic: not real incidents)` : ctx.source],
		['Filters', ctx.filters || 'none'],
		['Definition', ctx.definition],
		['Date range', ctx.dateRange],
		['Weighting', ctx.weighting],
		['Disclosure', disclosureLine(ctx.disclosure)],
		['App version', `Hotspot Atlas ${ctx.appVersion}`],
		['Dataset checksum', ctx.checksum],
		['Made', londonStamp(ctx.madeAt)]
	];
}
