import { describe, expect, it } from 'vitest';
import { ms, renderTable, verdict } from './table';

describe('perf table', () => {
	it('renders one row per figure with a tally of verdicts', () => {
		const text = renderTable(
			[
				{ figure: 'a | b', measured: '1 ms', baseline: '2 ms', target: '<= 1 ms', verdict: 'met' },
				{ figure: 'c', measured: '3 ms', baseline: '-', target: '<= 1 ms', verdict: 'not met' },
				{ figure: 'd', measured: '4 ms', baseline: '-', target: 'report', verdict: 'reported' }
			],
			['# heading']
		);
		const lines = text.trim().split('\n');
		expect(lines[0]).toBe('# heading');
		expect(lines[4]).toBe('| a \\| b | 1 ms | 2 ms | <= 1 ms | met |');
		expect(lines.at(-1)).toBe('1 met, 1 not met, 1 reported without a target verdict.');
	});

	it('reports rather than judges a short run', () => {
		expect(verdict(false, true)).toBe('reported');
		expect(verdict(true, false)).toBe('met');
		expect(verdict(false, false)).toBe('not met');
	});

	it('prints small times with a decimal and large ones grouped', () => {
		expect(ms(1.234)).toBe('1.2 ms');
		expect(ms(1234.4)).toBe('1,234 ms');
	});
});
