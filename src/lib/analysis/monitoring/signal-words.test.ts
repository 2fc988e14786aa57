import { describe, expect, it } from 'vitest';
import type { Signal } from './chart-rules';
import { describeSignal } from './signal-words';
import { fillCounts, plainCount } from './count-tokens';

const MONTHS = Array.from({ length: 12 }, (_, i) => `${String(i + 1).padStart(2, '0')}/2025`);
const DUTY = { lowerIsBetter: true, unit: 'month' } as const;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe('describeSignal', () => {
	const values = [30, 31, 29, 33, 42, 3, 30, 31, 29, 30, 31, 30];
	it.each<{ name: string; signal: Signal; kind: string; icon: string; text: string }>([
		{
			name: 'a point above the upper limit',
			signal: { rule: 'beyond_limit', direction: 'up', points: [4], limit: 38.1 },
			kind: 'concern',
			icon: '▲',
			text: 'concern: 05/2025 above the upper limit (42 against 38.1)'
		},
		{
			name: 'a point below the lower limit',
			signal: { rule: 'beyond_limit', direction: 'down', points: [5], limit: 4.24 },
			kind: 'improvement',
			icon: '▼',
			text: 'improvement: 06/2025 below the lower limit (3 against 4.2)'
		},
		{
			name: 'a run below the mean',
			signal: { rule: 'run', direction: 'down', points: range(0, 7), limit: 31.5 },
			kind: 'improvement',
			icon: '▼',
			text: 'improvement: 8 months below the baseline mean, 01/2025 to 08/2025'
		},
		{
			name: 'a rising trend',
			signal: { rule: 'trend', direction: 'up', points: range(0, 6) },
			kind: 'concern',
			icon: '▲',
			text: 'concern: 7 months rising in a row, 01/2025 to 07/2025'
		},
		{
			name: 'two of three near the upper limit',
			signal: { rule: 'two_of_three', direction: 'up', points: [2, 4], limit: 36 },
			kind: 'concern',
			icon: '▲',
			text: 'concern: 2 of 3 months near the upper limit (beyond 2 sigma), 03/2025 and 05/2025'
		},
		{
			name: 'two adjacent near the lower limit',
			signal: { rule: 'two_of_three', direction: 'down', points: [2, 3], limit: 20 },
			kind: 'improvement',
			icon: '▼',
			text: 'improvement: 2 of 3 months near the lower limit (beyond 2 sigma), 03/2025 and 04/2025'
		},
		{
			name: 'a merged cluster counts the months it spans',
			signal: { rule: 'two_of_three', direction: 'up', points: [0, 2, 4], limit: 36 },
			kind: 'concern',
			icon: '▲',
			text: 'concern: 3 of 5 months near the upper limit (beyond 2 sigma), 01/2025, 03/2025 and 05/2025'
		}
	])('$name', ({ signal, kind, icon, text }) => {
		const words = describeSignal(signal, values, MONTHS, DUTY);
		expect({ ...words, text: fillCounts(words.text, plainCount) }).toEqual({ kind, icon, text });
	});

	it('a measure where higher is better turns a rise into an improvement, the icon still pointing up', () => {
		const words = describeSignal({ rule: 'trend', direction: 'up', points: range(0, 6) }, values, MONTHS, { lowerIsBetter: false, unit: 'month' });
		expect(words).toMatchObject({ kind: 'improvement', icon: '▲' });
		expect(words.text).toBe('improvement: 7 months rising in a row, 01/2025 to 07/2025');
	});

	it('names quarters', () => {
		const labels = ['Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024', 'Q1 2025', 'Q2 2025', 'Q3 2025'];
		const words = describeSignal({ rule: 'trend', direction: 'down', points: range(0, 6) }, [7, 6, 5, 4, 3, 2, 1], labels, { lowerIsBetter: true, unit: 'quarter' });
		expect(words.text).toBe('improvement: 7 quarters falling in a row, Q1 2024 to Q3 2025');
	});

	it('writes a count as a token the page or export fills through disclosure control, and a non-count as it is', () => {
		const signal: Signal = { rule: 'beyond_limit', direction: 'up', points: [0], limit: 10 };
		const text = describeSignal(signal, [12], ['01/2025'], DUTY).text;
		expect(fillCounts(text, (n) => (n < 5 ? 'fewer than 5' : String(Math.round(n / 5) * 5)))).toBe('concern: 01/2025 above the upper limit (10 against 10)');
		expect(describeSignal(signal, [12.5], ['01/2025'], DUTY).text).toBe('concern: 01/2025 above the upper limit (12.5 against 10)');
	});

	it('names a point with no label by its position', () => {
		expect(describeSignal({ rule: 'beyond_limit', direction: 'up', points: [1], limit: 10 }, [1, 20], ['01/2025'], DUTY).text).toBe(
			'concern: point 2 above the upper limit ({c:20} against 10)'
		);
	});

	it('does not mutate its inputs', () => {
		const signal = Object.freeze({ rule: 'run' as const, direction: 'down' as const, points: Object.freeze(range(0, 7)) as number[] });
		const frozenValues = Object.freeze([...values]);
		const labels = Object.freeze([...MONTHS]);
		describeSignal(signal, frozenValues, labels, DUTY);
		expect(signal.points).toEqual(range(0, 7));
		expect(labels).toEqual(MONTHS);
	});
});
