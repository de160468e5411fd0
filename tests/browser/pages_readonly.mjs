// pages_readonly.mjs: a person who holds policy:read only (bob) sees the
// roles, bindings and versions read-only (no edit, save, delete or roll-back
// control), the API refuses his save (403, recorded), and the pages his
// roles do not allow show the refusal clearly. axe-core on each page.
// args: {role}.
import { run } from './lib.mjs';
import { csrf, show, text } from './pages.mjs';

run(async (t) => {
	const { role } = t.env.args;
	const bob = t.user('bob');
	t.result.step = 1;
	await t.signIn(t.page, bob.login, bob.password);
	const page = t.page;
	const R = t.result;
	t.result.step = 2;
	R.violations = {};

	t.result.step = 3;
	await show(t, 'roles');
	t.result.step = 4;
	R.rolesNote = await text(page, '.note');
	t.result.step = 5;
	R.newRoleLink = await page.$('a[href="#role/"]') !== null;
	t.result.step = 6;
	R.roleLinks = await page.$$eval('a[href^="#role/"]', (l) => l.map((a) => a.textContent));
	t.result.step = 7;
	R.violations.roles = await t.axe(page);
	t.result.step = 8;
	await t.shot('readonly-roles');

	t.result.step = 9;
	await show(t, `role/${role}`);
	t.result.step = 10;
	R.editorReadonly = await page.$eval('#role-doc', (e) => e.readOnly);
	t.result.step = 11;
	R.controls = await page.$$eval('#role-save, #role-delete, #role-diff', (l) => l.map((e) => e.id));
	t.result.step = 12;
	R.violations.role = await t.axe(page);
	t.result.step = 13;
	await t.shot('readonly-role');

	// the API itself refuses the save the page does not offer
	const doc = JSON.parse(await page.$eval('#role-doc', (e) => e.value));
	t.result.step = 14;
	const put = await t.api(page, 'PUT', `/v1/roles/${role}`, { body: { ...doc, description: 'bob was here' },
		headers: { 'X-CSRF-Token': await csrf(t) } });
	t.result.step = 15;
	R.putStatus = put.status;
	t.result.step = 16;
	R.putCode = put.body && put.body.error && put.body.error.code;

	t.result.step = 17;
	await show(t, 'versions');
	t.result.step = 18;
	R.rollbackButtons = await page.$$eval('button[data-rollback]', (l) => l.length);
	t.result.step = 19;
	R.diffButtons = await page.$$eval('button[data-diff]', (l) => l.length);

	// a page bob's roles do not allow: the refusal, as the API gave it
	t.result.step = 20;
	await show(t, 'audit');
	t.result.step = 21;
	await page.waitForSelector('.problem');
	t.result.step = 22;
	R.auditRefusal = await text(page, '.problem');
	t.result.step = 23;
	R.violations.audit = await t.axe(page);
	t.result.step = 24;
	await t.shot('readonly-audit-refused');
	t.result.step = 25;
	await show(t, 'revocations');
	t.result.step = 26;
	R.revocationsRefusal = await text(page, '.problem');
	t.result.step = 27;
	R.after = (await t.api(page, 'GET', `/v1/roles/${role}`)).body.description;
});
