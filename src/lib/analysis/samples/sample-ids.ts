/** The built-in police.uk sample as the URL names it and every screen labels it. */
export const POLICE_UK_SAMPLE = {
	id: 'policeuk-2024-01-2024-04',
	label: 'police.uk sample: Kent Police street-level crime, 01/2024 to 04/2024'
} as const;
