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
	await t.signIn(t.page, bob.login, bob.password);
	const page = t.page;
	const R = t.result;
	R.violations = {};

	await show(t, 'roles');
	R.rolesNote = await text(page, '.note');
	R.newRoleLink = await page.$('a[href="#role/"]') !== null;
	R.roleLinks = await page.$$eval('a[href^="#role/"]', (l) => l.map((a) => a.textContent));
	R.violations.roles = await t.axe(page);
	await t.shot('readonly-roles');

	await show(t, `role/${role}`);
	R.editorReadonly = await page.$eval('#role-doc', (e) => e.readOnly);
	R.controls = await page.$$eval('#role-save, #role-delete, #role-diff', (l) => l.map((e) => e.id));
	R.violations.role = await t.axe(page);
	await t.shot('readonly-role');

	// the API itself refuses the save the page does not offer
	const doc = JSON.parse(await page.$eval('#role-doc', (e) => e.value));
	const put = await t.api(page, 'PUT', `/v1/roles/${role}`, { body: { ...doc, description: 'bob was here' },
		headers: { 'X-CSRF-Token': await csrf(t) } });
	R.putStatus = put.status;
	R.putCode = put.body && put.body.error && put.body.error.code;

	await show(t, 'versions');
	R.rollbackButtons = await page.$$eval('button[data-rollback]', (l) => l.length);
	R.diffButtons = await page.$$eval('button[data-diff]', (l) => l.length);

	// a page bob's roles do not allow: the refusal, as the API gave it
	await show(t, 'audit');
	await page.waitForSelector('.problem');
	R.auditRefusal = await text(page, '.problem');
	R.violations.audit = await t.axe(page);
	await t.shot('readonly-audit-refused');
	await show(t, 'revocations');
	R.revocationsRefusal = await text(page, '.problem');
	R.after = (await t.api(page, 'GET', `/v1/roles/${role}`)).body.description;
});
