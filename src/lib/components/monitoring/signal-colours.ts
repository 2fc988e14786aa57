/** NHS "Making Data Count" colours: blue for improvement, orange for concern, grey for common cause; a pair colour-blind readers tell apart. */
export const SIGNAL_COLOURS = { improvement: '#1f6fb4', concern: '#e66101', common: '#8c8c8c' } as const;

/** The icon beside a signal's sentence: it carries the meaning where colour cannot. */
export const SIGNAL_ICONS = { improvement: '▼', concern: '▲' } as const;
