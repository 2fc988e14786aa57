/**
 * One aggregate row from its cells: area, period, measure, age group and value, each checked in turn;
 * the first problem is the row's code, with the cell that caused it.
 */
import { checkAreaType } from './area-type';
import { resolveArea, type AggregateArea, type AreaLookup } from './areas';
import { parseAgeGroup, type AgeGroup } from './age-groups';
import { briefValue, type AggregateRowCode } from './codes';
import type { AggregateColumns } from './header';
import { normaliseMeasure } from './measures';
import { isPeriod, parsePeriod, type Period } from './periods';
import { parseCount } from './values';

export interface AggregateRow {
	/** 1-based line of the source file, so every figure can be traced back. */
	line: number;
	area: AggregateArea;
	period: Period;
	/** Key from normaliseMeasure, e.g. knife_assault_admissions. */
	measure: string;
	/** The label as written in the first row that used this key, for display. */
	measureLabel: string;
	ageGroup: AgeGroup;
	value: number;
}

export interface RowProblem {
	code: AggregateRowCode;
	/** The offending cell (or cells), as written. */
	value: string;
}

type Cell = (column: number) => string;

function readArea(cell: Cell, columns: AggregateColumns, lookup: AreaLookup): AggregateArea | RowProblem {
	const texts = [cell(columns.areaCode), cell(columns.areaName)].map((t) => t.trim());
	const named = texts.filter((t) => t !== '');
	if (named.length === 0) return problem('missing_area', '');
	const areas: AggregateArea[] = [];
	for (const text of named) {
		const area = resolveArea(lookup, text);
		if (!area) return problem('unknown_area', text);
		areas.push(area);
	}
	if (areas.length === 2 && areas[0] !== areas[1]) return problem('area_mismatch', named.join(' / '));
	const type = cell(columns.areaType);
	const typeProblem = checkAreaType(type, areas[0]);
	return typeProblem ? problem(typeProblem, type.trim()) : areas[0];
}

/** A row, less its line number, or the first problem found. */
export function readAggregateRow(cell: Cell, columns: AggregateColumns, lookup: AreaLookup): Omit<AggregateRow, 'line'> | RowProblem {
	const area = readArea(cell, columns, lookup);
	if (!('level' in area)) return area;
	const periodText = cell(columns.period);
	const period = parsePeriod(periodText);
	if (!isPeriod(period)) return problem(period.error, periodText.trim());
	const measureLabel = cell(columns.measure).trim();
	const measure = normaliseMeasure(measureLabel);
	if (measure === '') return problem('missing_measure', measureLabel);
	const ageText = cell(columns.ageGroup);
	const ageGroup = parseAgeGroup(ageText);
	if (!ageGroup) return problem('unknown_age_group', ageText.trim());
	const valueText = cell(columns.value);
	const value = parseCount(valueText);
	if (typeof value !== 'number') return problem(value.error, valueText.trim());
	return { area, period, measure, measureLabel, ageGroup, value };
}

export function isRowProblem(result: Omit<AggregateRow, 'line'> | RowProblem): result is RowProblem {
	return !('area' in result);
}

export function problem(code: AggregateRowCode, value: string): RowProblem {
	return { code, value: briefValue(value) };
}
