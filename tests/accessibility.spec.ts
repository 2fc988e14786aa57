/**
 * axe-core finds no serious or critical violation on the main views: the default page, each panel tab,
 * the column-mapping dialog and the help; and the check itself can fail.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ANALYSIS_TABS } from '../src/lib/analysis/views/analysis-tabs';
import { join } from 'node:path';
import { openAtlas } from './helpers';

const FORCE = join(process.cwd(), 'src/lib/analysis/ingest/fixtures/generic/force-extract.csv');

/** Serious and critical violations, each as "rule: target (n nodes)", for a readable failure. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
	let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`);
}

test.describe('accessibility (axe-core)', () => {
	test('the default view', async ({ page }) => {
		await openAtlas(page);
		expect(await seriousViolations(page)).toEqual([]);
	});

	test('the column-mapping dialog', async ({ page }) => {
		await openAtlas(page);
		await page.getByTestId('import-files').setInputFiles(FORCE);
		await page.getByTestId('mapping-dialog').waitFor();
		expect(await seriousViolations(page, '[data-testid="mapping-dialog"]')).toEqual([]);
	});

	test('the help', async ({ page }) => {
		await openAtlas(page);
		await page.getByTestId('help-open').click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await expect(page.locator('#glossary-serious-violence')).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
		// A "?" opens its own entry; Escape closes the help and gives the focus back to the "?".
		await page.keyboard.press('Escape');
		const term = page.locator('[data-help="hexagon-size"]').first();
		await term.click();
		await expect(page.locator('#glossary-hexagon-size')).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(term).toBeFocused();
	});

	test('the check itself finds a violation when there is one', async ({ page }) => {
		// Proves the harness can fail: an unlabelled button and an image with no text are serious violations.
		await openAtlas(page);
		await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<button id="bad"></button>'));
		expect((await seriousViolations(page, '#bad')).join(' ')).toContain('button-name');
	});

	for (const tab of ANALYSIS_TABS) {
		test(`the ${tab.label} tab`, async ({ page }) => {
			await openAtlas(page);
			await page.getByTestId(`tab-${tab.id}`).click();
			await expect(page.getByTestId(`tab-${tab.id}`)).toHaveAttribute('aria-selected', 'true');
			// The sites tab with sites in it: the site list, coverage and gap tables.
			if (tab.id === 'sites') await page.getByTestId('sites-starter').click();
			await page.waitForTimeout(1500);
			expect(await seriousViolations(page, '#analysis-panels')).toEqual([]);
		});
	}
});
