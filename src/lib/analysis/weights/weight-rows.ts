/** What a user's weight table reports of its rows: each problem's code and its words (user-weights.ts reads the CSV). */
export type WeightRowProblem = 'no_key' | 'both_keys' | 'unknown_group' | 'not_a_number' | 'negative' | 'duplicate';

export const WEIGHT_ROW_MESSAGES: Readonly<Record<WeightRowProblem, string>> = {
	no_key: 'No group or offence code',
	both_keys: 'Both a group and an offence code: give one per row',
	unknown_group: 'Not one of the offence groups',
	not_a_number: 'Weight is not a number',
	negative: 'Weight is negative',
	duplicate: 'Repeats an earlier row (the first is used)'
};

export interface WeightRowReport {
	/** Data rows read (the header is not counted). */
	read: number;
	kept: number;
	rejected: { line: number; problem: WeightRowProblem; text: string }[];
}
