/**
 * Measure labels as keys: free text lower-cased with underscores, and the wordings of hospital admissions
 * for assault with a knife or sharp object (ICD-10 X99) read as one canonical key.
 */

/** The measure the NHS's knife-assault admissions arrive as, whatever a file calls it. */
export const KNIFE_ASSAULT_ADMISSIONS = 'knife_assault_admissions';

/** "Knife assault admissions!" -> "knife_assault_admissions"; '' for a blank label. */
export function measureKey(label: string): string {
	return label.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

const WEAPON = /(^|_)(knife|knives|sharp|bladed|blade)(_|$)/;
const ASSAULT = /(^|_)(assault|assaults|assaulted)(_|$)/;
const ADMISSION = /(^|_)(admission|admissions|admitted|admits|hospital|hes|inpatient)(_|$)/;
const X99 = /(^|_)x99(_|$)/;

/**
 * The key of a measure label: the canonical knife-assault key for labels naming a knife or sharp object,
 * an assault and a hospital admission (or the ICD-10 code X99 alone), else measureKey of the label.
 */
export function normaliseMeasure(label: string): string {
	const key = measureKey(label);
	if (X99.test(key) || (WEAPON.test(key) && ASSAULT.test(key) && ADMISSION.test(key))) return KNIFE_ASSAULT_ADMISSIONS;
	return key;
}
