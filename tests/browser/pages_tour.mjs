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
	const me = await t.signIn(t.page, alice.login, alice.password);
	const page = t.page;
	const R = t.result;
	R.violations = {};
	R.subject = me.subject;

	const res = (assignee) => ({ type: 'conversation', id: 'c-sim', labels: { assignee },
		consent: { human_review: true }, legal_hold: false });
	R.allow = await simulate(t, { subject: agent, resource: res(agent) });
	R.violations.simulate = await t.axe(page);
	await t.shot('simulate-allow');
	R.deny = await simulate(t, { subject: agent, resource: res('user:op/someone-else') });
	await t.shot('simulate-deny');
	R.real = await simulate(t, { subject: agent, conversation });
	R.proposed = await simulate(t, { subject: agent, resource: res(agent), documents: [
		{ name: role, rules: [{ id: 'nothing', effect: 'deny', actions: ['*'] }] }] });

	for (const p of ['roles', `role/${role}`, 'binding/' + encodeURIComponent(agent), 'locks', 'alerts',
		'reviews', 'revocations']) {
		await show(t, p);
		R.violations[p] = await t.axe(page);
		await t.shot('page-' + p.split('/')[0]);
	}

	// a change through the console's API, then roll back from the versions page
	const changed = await t.api(page, 'PUT', `/v1/roles/${role}`, { body: { description: 'About to be rolled back',
		rules: [] }, headers: { 'X-CSRF-Token': await csrf(t) } });
	R.changeBeforeRollback = changed.status;
	await show(t, 'versions');
	R.violations.versions = await t.axe(page);
	await t.shot('versions');
	R.currentBefore = await text(page, '#current-version');
	await page.click(`button[data-rollback="${to}"]`);
	await page.waitForSelector('#rollback-confirm');
	R.violations.rollbackConfirm = await t.axe(page);
	await press(page, '#rollback-confirm');
	await page.waitForFunction((b) => {
		const e = document.getElementById('current-version');
		return e && e.textContent !== b;
	}, {}, R.currentBefore);
	await settle(page, 'versions');
	R.currentAfter = await text(page, '#current-version');
	R.rolledBackRow = await page.$$eval('table tbody tr:first-child td', (l) => l.map((e) => e.textContent));

	// the audit page: the console's own actions, with the person as subject
	await show(t, 'audit');
	await page.waitForSelector('#chain-status');
	R.chain = await text(page, '#chain-status');
	await page.type('#audit-subject', me.subject);
	await page.type('#audit-action', 'policy:write');
	await page.click('#audit-search');
	await page.waitForFunction(() => document.querySelectorAll('#audit-results tbody tr').length > 0);
	R.auditRows = await page.$$eval('#audit-results tbody tr', (rows) => rows.map((r) =>
		[...r.querySelectorAll('td')].map((d) => d.textContent)));
	await page.click('#audit-results button[data-seq]');
	await page.waitForSelector('#audit-entry pre');
	R.openedEntry = JSON.parse(await text(page, '#audit-entry pre'));
	R.violations.audit = await t.axe(page);
	await t.shot('audit');

	await page.goto(`${t.env.console}/privacy`, { waitUntil: 'networkidle0' });
	await page.waitForSelector('h2');
	R.violations.privacy = await t.axe(page);
	await t.shot('privacy-notice');
});
