import { describe, expect, it } from 'vitest';
import { parseUserWeights } from './user-weights';

describe('a weight table the user loads', () => {
	it('keeps rows by group (key or label) or by offence code, and rejects the rest with a reason and line', () => {
		const csv = [
			'group,offence_code,weight',
			'homicide,,5475',
			'Violence with injury,,365',
			',5a,1460',
			',8N,"1,000"',
			'robbery,5D,10',
			'arson,,2',
			'sexual_offences,,many',
			'public_order,,-1',
			'homicide,,1',
			',,3'
		].join('\n');
		const result = parseUserWeights(csv, 'cchi.csv');
		if ('error' in result) throw new Error(result.error);
		const { table, report } = result;
		expect(table.groups.homicide?.weight).toBe(5475);
		expect(table.groups.violence_with_injury?.weight).toBe(365);
		expect(table.codes).toEqual({ '5A': 1460, '8N': 1000 });
		expect(report.read).toBe(10);
		expect(report.kept).toBe(4);
		expect(report.rejected.map((r) => [r.line, r.problem])).toEqual([
			[6, 'both_keys'],
			[7, 'unknown_group'],
			[8, 'not_a_number'],
			[9, 'negative'],
			[10, 'duplicate'],
			[11, 'no_key']
		]);
		expect(report.kept + report.rejected.length).toBe(report.read);
		expect(table.unweighted.robbery).toBe('Not in cchi.csv.');
		expect(table.unweighted.homicide).toBeUndefined();
	});

	it('refuses a file without a weight column or a key column, saying which', () => {
		expect(parseUserWeights('group,value\nhomicide,1', 'a.csv')).toEqual({ error: expect.stringMatching(/no "weight" column/) });
		expect(parseUserWeights('name,weight\nhomicide,1', 'a.csv')).toEqual({ error: expect.stringMatching(/needs a "group" or an "offence_code" column/) });
		expect(parseUserWeights('', 'a.csv')).toEqual({ error: expect.stringMatching(/empty/) });
	});
});
