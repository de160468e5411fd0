// pages_edit.mjs: an admin edits a role with the keyboard only: an invalid
// document is refused with the error at its JSON path (and the editor
// selects that part), the fix shows its diff and saves as a new version, the
// versions page lists it with the person as author and its diff, and the
// public privacy notice follows. Then a concurrent edit: the role changes
// through the API between load and save, and the console shows the conflict
// instead of overwriting it. args: {role}.
import { run } from './lib.mjs';
import { csrf, press, retype, settle, show, tabTo, text } from './pages.mjs';

run(async (t) => {
	const { role } = t.env.args;
	const alice = t.user('alice');
	const me = await t.signIn(t.page, alice.login, alice.password);
	const page = t.page;
	const R = t.result;

	// the public notice before the change
	await page.goto(`${t.env.console}/privacy`, { waitUntil: 'networkidle0' });
	await page.waitForSelector(`#role-${role}`);
	R.noticeBefore = await page.$eval('#notice', (e) => e.dataset.version);

	await show(t, 'roles');
	R.signedInAs = await text(page, 'header');
	await press(page, `a[href="#role/${role}"]`);
	await settle(page, 'role');
	const stored = JSON.parse(await page.$eval('#role-doc', (e) => e.value));
	R.versionBefore = await text(page, '#role-version');

	// 1. an unknown action: refused at its path, nothing stored
	const bad = structuredClone(stored);
	bad.rules[0].actions = ['conversation:reed'];
	await retype(page, '#role-doc', JSON.stringify(bad, null, 2));
	await press(page, '#role-save');
	await page.waitForSelector('#role-result .problem .path');
	R.errorPath = await text(page, '#role-result .problem .path');
	R.errorCode = await text(page, '#role-result .problem code');
	await t.shot('role-error');
	await press(page, '#error-goto');
	R.selected = await page.evaluate(() => {
		const a = document.activeElement;
		return a.id + ':' + a.value.slice(a.selectionStart, a.selectionEnd);
	});

	// 2. the fix: its diff, then saved as a new version
	const good = structuredClone(stored);
	good.description = 'Helpdesk, edited in the console';
	await retype(page, '#role-doc', JSON.stringify(good, null, 2));
	await press(page, '#role-diff');
	await page.waitForSelector('#role-result pre.diff');
	R.diffChanges = Number(await page.$eval('#role-result pre.diff', (e) => e.dataset.changes));
	R.diffIns = await page.$$eval('#role-result pre.diff .ins', (l) => l.map((e) => e.textContent.trim()));
	await t.shot('role-diff');
	await press(page, '#role-save');
	await page.waitForSelector('#saved');
	R.saved = await text(page, '#saved');

	// 3. the versions page: the new version, by this person, with its diff
	await press(page, 'a[href="#versions"]', { back: true });
	await settle(page, 'versions');
	R.versionsFirstRow = await page.$$eval('table tbody tr:first-child td', (l) => l.map((e) => e.textContent));
	await press(page, 'button[data-diff]');
	await page.waitForSelector('#versions-result pre.diff');
	R.versionDiffIns = await page.$$eval('#versions-result pre.diff .ins', (l) => l.map((e) => e.textContent.trim()));
	await t.shot('versions-diff');

	// 4. the notice follows the policy
	await page.goto(`${t.env.console}/privacy`, { waitUntil: 'networkidle0' });
	await page.waitForSelector(`#role-${role}`);
	R.noticeAfter = await page.$eval('#notice', (e) => e.dataset.version);
	R.noticeText = await text(page, `section[aria-labelledby="role-${role}"]`);

	// 5. a concurrent edit between load and save is shown, not overwritten
	await show(t, `role/${role}`);
	const loaded = JSON.parse(await page.$eval('#role-doc', (e) => e.value));
	const theirs = { ...loaded, description: 'Changed meanwhile through the API' };
	const put = await t.api(page, 'PUT', `/v1/roles/${role}`, { body: theirs,
		headers: { 'X-CSRF-Token': await csrf(t) } });
	R.concurrentPut = put.status;
	await retype(page, '#role-doc', JSON.stringify({ ...loaded, description: 'Mine' }, null, 2));
	await press(page, '#role-save');
	await page.waitForSelector('#conflict');
	R.conflictStatus = await text(page, '#role-result .problem strong');
	R.conflictText = await text(page, '#conflict');
	R.editorKept = JSON.parse(await page.$eval('#role-doc', (e) => e.value)).description;
	await t.shot('role-conflict');
	const now = await t.api(page, 'GET', `/v1/roles/${role}`);
	R.storedAfterConflict = now.body.description;

	// 6. sign out with the keyboard: the session is gone
	await tabTo(page, '#signout', { back: true });
	await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
	await page.waitForSelector('#signin:not([hidden])');
	R.sessionAfterSignOut = (await t.session(page)).status;
	R.subject = me.subject;
});
