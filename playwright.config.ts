import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright cannot download its own browser on these machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests',
	outputDir: 'test-results',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		baseURL: 'http://127.0.0.1:4173/',
		viewport: { width: 1600, height: 900 },
		// A non-UK zone and locale, to prove the app's dates do not depend on the machine.
		timezoneId: 'America/New_York',
		locale: 'en-US',
		launchOptions: {
			executablePath: CHROMIUM,
			args: [
				'--no-sandbox',
				'--use-angle=swiftshader',
				'--enable-unsafe-swiftshader',
				'--disable-background-networking',
				'--disable-component-update'
			]
		}
	},
	webServer: [
		{
			command: 'node scripts/serve-static.mjs build',
			url: 'http://127.0.0.1:4173/',
			reuseExistingServer: false,
			env: { PORT: '4173' }
		},
		{
			// The same build served from a sub-path, as a council intranet might host it.
			command: 'node scripts/serve-static.mjs build',
			url: 'http://127.0.0.1:4174/atlas/',
			reuseExistingServer: false,
			env: { PORT: '4174', BASE_PATH: '/atlas' }
		}
	]
});
