/** The right-hand panel's tabs, in order: the app remembers which is open (it decides which requests are made). */
export const ANALYSIS_TABS = [
	{ id: 'when', label: 'When' },
	{ id: 'districts', label: 'Districts' },
	{ id: 'hotspots', label: 'Hot spots' },
	{ id: 'deprivation', label: 'Deprivation' },
	{ id: 'sites', label: 'Sites' },
	{ id: 'duty', label: 'Duty KPIs' },
	{ id: 'briefing', label: 'Briefing' }
] as const;

export type AnalysisTab = (typeof ANALYSIS_TABS)[number]['id'];
