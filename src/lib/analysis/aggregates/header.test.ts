import { describe, expect, it } from 'vitest';
import { detectAggregateColumns } from './header';

describe('detectAggregateColumns', () => {
	it.each([
		[['area_code', 'area_name', 'period', 'measure', 'age_group', 'value'], { areaCode: 0, areaName: 1, areaType: -1, period: 2, measure: 3, ageGroup: 4, value: 5 }],
		[[' Area Code ', 'MONTH', 'Indicator', 'Age Band', 'Count'], { areaCode: 0, areaName: -1, areaType: -1, period: 1, measure: 2, ageGroup: 3, value: 4 }],
		[['LAD24CD', 'LAD24NM', 'Area type', 'Financial Year', 'Measure', 'Admissions'], { areaCode: 0, areaName: 1, areaType: 2, period: 3, measure: 4, ageGroup: -1, value: 5 }],
		[['Area', 'Quarter', 'metric', 'notes', 'Value'], { areaCode: -1, areaName: 0, areaType: -1, period: 1, measure: 2, ageGroup: -1, value: 4 }]
	])('finds the columns of %j', (headers, columns) => {
		expect(detectAggregateColumns(headers)).toEqual({ columns });
	});

	it.each([
		[['period', 'measure', 'value'], 'missing_columns', 'area code or name'],
		[['area', 'measure', 'age'], 'missing_columns', 'period, value'],
		[['area', 'period', 'measure', 'count', 'value'], 'duplicate_columns', 'count and value'],
		[['area', 'month', 'year', 'measure', 'value'], 'duplicate_columns', 'month and year']
	])('refuses %j', (headers, error, detail) => {
		expect(detectAggregateColumns(headers)).toEqual({ error, detail });
	});
});
