// smoke.mjs: the harness itself: chromium through puppeteer-core opens the
// console's public privacy page under its CSP, axe-core finds no serious or
// critical violation, and a screenshot is written.
import { run } from './lib.mjs';

run(async (t) => {
	await t.page.goto(`${t.env.console}/privacy`, { waitUntil: 'networkidle0' });
	await t.page.waitForSelector('h2');
	t.result.title = await t.page.title();
	t.result.violations = await t.axe(t.page);
	t.result.shot = await t.shot('privacy');
});
