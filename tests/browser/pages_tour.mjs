// pages_tour.mjs: an admin visits every page of the console (axe-core on
// each, a screenshot of each): simulates an allow and a deny (and one
// against a real conversation and one with a proposed document), rolls the
// policy back from the versions page, and finds the console's own actions in
// the audit page with himself as subject, with the chain's verify status.
// args: {agent, conversation, rollback_to, role}.
import { run } from './lib.mjs';
import { csrf, press, settle, show, text } from './pages.mjs';

async function simulate(t, fill) {
	const page = t.page;
	await show(t, 'simulate');
	await page.$eval('#sim-subject', (e) => { e.value = ''; });
	await page.type('#sim-subject', fill.subject);
	await page.select('#sim-action', 'conversation:read');
	await page.type('#sim-purpose', 'ticket:1');
	if (fill.conversation) {
		await page.select('#sim-kind', 'conv');
		await page.type('#sim-conversation', fill.conversation);
	} else {
		await page.$eval('#sim-resource', (e, v) => { e.value = v; }, JSON.stringify(fill.resource));
	}
	if (fill.documents) {
		await page.click('#sim-proposed');
		await page.waitForFunction(() => document.getElementById('sim-documents').value !== '');
		await page.$eval('#sim-documents', (e, v) => { e.value = v; }, JSON.stringify(fill.documents));
	}
	await page.click('#sim-run');
	await page.waitForSelector('#sim-decision');
	return { decision: await text(page, '#sim-decision'), rule: await text(page, '#sim-rule'),
		reveal: await text(page, '#sim-reveal'), hidden: await text(page, '#sim-hidden') };
}

run(async (t) => {
	const { agent, conversation, rollback_to: to, role } = t.env.args;
	const alice = t.user('alice');
	t.result.step = 1;
	const me = await t.signIn(t.page, alice.login, alice.password);
	const page = t.page;
	const R = t.result;
	t.result.step = 2;
	R.violations = {};
	t.result.step = 3;
	R.subject = me.subject;

	const res = (assignee) => ({ type: 'conversation', id: 'c-sim', labels: { assignee },
		consent: { human_review: true }, legal_hold: false });
	t.result.step = 4;
	R.allow = await simulate(t, { subject: agent, resource: res(agent) });
	t.result.step = 5;
	R.violations.simulate = await t.axe(page);
	t.result.step = 6;
	await t.shot('simulate-allow');
	t.result.step = 7;
	R.deny = await simulate(t, { subject: agent, resource: res('user:op/someone-else') });
	t.result.step = 8;
	await t.shot('simulate-deny');
	t.result.step = 9;
	R.real = await simulate(t, { subject: agent, conversation });
	t.result.step = 10;
	R.proposed = await simulate(t, { subject: agent, resource: res(agent), documents: [
		{ name: role, rules: [{ id: 'nothing', effect: 'deny', actions: ['*'] }] }] });

	for (const p of ['roles', `role/${role}`, 'binding/' + encodeURIComponent(agent), 'locks', 'alerts',
		'reviews', 'revocations']) {
		await show(t, p);
		R.violations[p] = await t.axe(page);
		await t.shot('page-' + p.split('/')[0]);
	}

	// a change through the console's API, then roll back from the versions page
	t.result.step = 11;
	const changed = await t.api(page, 'PUT', `/v1/roles/${role}`, { body: { description: 'About to be rolled back',
		rules: [] }, headers: { 'X-CSRF-Token': await csrf(t) } });
	t.result.step = 12;
	R.changeBeforeRollback = changed.status;
	t.result.step = 13;
	await show(t, 'versions');
	t.result.step = 14;
	R.violations.versions = await t.axe(page);
	t.result.step = 15;
	await t.shot('versions');
	t.result.step = 16;
	R.currentBefore = await text(page, '#current-version');
	t.result.step = 17;
	await page.click(`button[data-rollback="${to}"]`);
	t.result.step = 18;
	await page.waitForSelector('#rollback-confirm');
	t.result.step = 19;
	R.violations.rollbackConfirm = await t.axe(page);
	t.result.step = 20;
	await press(page, '#rollback-confirm');
	t.result.step = 21;
	await page.waitForFunction((b) => {
		const e = document.getElementById('current-version');
		return e && e.textContent !== b;
	}, {}, R.currentBefore);
	t.result.step = 22;
	await settle(page, 'versions');
	t.result.step = 23;
	R.currentAfter = await text(page, '#current-version');
	t.result.step = 24;
	R.rolledBackRow = await page.$$eval('table tbody tr:first-child td', (l) => l.map((e) => e.textContent));

	// the audit page: the console's own actions, with the person as subject
	t.result.step = 25;
	await show(t, 'audit');
	t.result.step = 26;
	await page.waitForSelector('#chain-status');
	t.result.step = 27;
	R.chain = await text(page, '#chain-status');
	t.result.step = 28;
	await page.type('#audit-subject', me.subject);
	t.result.step = 29;
	await page.type('#audit-action', 'policy:write');
	t.result.step = 30;
	await page.click('#audit-search');
	t.result.step = 31;
	await page.waitForFunction(() => document.querySelectorAll('#audit-results tbody tr').length > 0);
	t.result.step = 32;
	R.auditRows = await page.$$eval('#audit-results tbody tr', (rows) => rows.map((r) =>
		[...r.querySelectorAll('td')].map((d) => d.textContent)));
	t.result.step = 33;
	await page.click('#audit-results button[data-seq]');
	t.result.step = 34;
	await page.waitForSelector('#audit-entry pre');
	t.result.step = 35;
	R.openedEntry = JSON.parse(await text(page, '#audit-entry pre'));
	t.result.step = 36;
	R.violations.audit = await t.axe(page);
	t.result.step = 37;
	await t.shot('audit');

	t.result.step = 38;
	await page.goto(`${t.env.console}/privacy`, { waitUntil: 'networkidle0' });
	t.result.step = 39;
	await page.waitForSelector('h2');
	t.result.step = 40;
	R.violations.privacy = await t.axe(page);
	t.result.step = 41;
	await t.shot('privacy-notice');
});
