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
	t.result.step = 1;
	const me = await t.signIn(t.page, alice.login, alice.password);
	const page = t.page;
	const R = t.result;

	// the public notice before the change
	t.result.step = 2;
	await page.goto(`${t.env.console}/privacy`, { waitUntil: 'networkidle0' });
	t.result.step = 3;
	await page.waitForSelector(`#role-${role}`);
	t.result.step = 4;
	R.noticeBefore = await page.$eval('#notice', (e) => e.dataset.version);

	t.result.step = 5;
	await show(t, 'roles');
	t.result.step = 6;
	R.signedInAs = await text(page, 'header');
	t.result.step = 7;
	await press(page, `a[href="#role/${role}"]`);
	t.result.step = 8;
	await settle(page, 'role');
	const stored = JSON.parse(await page.$eval('#role-doc', (e) => e.value));
	t.result.step = 9;
	R.versionBefore = await text(page, '#role-version');

	// 1. an unknown action: refused at its path, nothing stored
	const bad = structuredClone(stored);
	bad.rules[0].actions = ['conversation:reed'];
	t.result.step = 10;
	await retype(page, '#role-doc', JSON.stringify(bad, null, 2));
	t.result.step = 11;
	await press(page, '#role-save');
	t.result.step = 12;
	await page.waitForSelector('#role-result .problem .path');
	t.result.step = 13;
	R.errorPath = await text(page, '#role-result .problem .path');
	t.result.step = 14;
	R.errorCode = await text(page, '#role-result .problem code');
	t.result.step = 15;
	await t.shot('role-error');
	t.result.step = 16;
	await press(page, '#error-goto');
	t.result.step = 17;
	R.selected = await page.evaluate(() => {
		const a = document.activeElement;
		return a.id + ':' + a.value.slice(a.selectionStart, a.selectionEnd);
	});

	// 2. the fix: its diff, then saved as a new version
	const good = structuredClone(stored);
	good.description = 'Helpdesk, edited in the console';
	t.result.step = 18;
	await retype(page, '#role-doc', JSON.stringify(good, null, 2));
	t.result.step = 19;
	await press(page, '#role-diff');
	t.result.step = 20;
	await page.waitForSelector('#role-result pre.diff');
	t.result.step = 21;
	R.diffChanges = Number(await page.$eval('#role-result pre.diff', (e) => e.dataset.changes));
	t.result.step = 22;
	R.diffIns = await page.$$eval('#role-result pre.diff .ins', (l) => l.map((e) => e.textContent.trim()));
	t.result.step = 23;
	await t.shot('role-diff');
	t.result.step = 24;
	await press(page, '#role-save');
	t.result.step = 25;
	await page.waitForSelector('#saved');
	t.result.step = 26;
	R.saved = await text(page, '#saved');

	// 3. the versions page: the new version, by this person, with its diff
	t.result.step = 27;
	await press(page, 'a[href="#versions"]', { back: true });
	t.result.step = 28;
	await settle(page, 'versions');
	t.result.step = 29;
	R.versionsFirstRow = await page.$$eval('table tbody tr:first-child td', (l) => l.map((e) => e.textContent));
	t.result.step = 30;
	await press(page, 'button[data-diff]');
	t.result.step = 31;
	await page.waitForSelector('#versions-result pre.diff');
	t.result.step = 32;
	R.versionDiffIns = await page.$$eval('#versions-result pre.diff .ins', (l) => l.map((e) => e.textContent.trim()));
	t.result.step = 33;
	await t.shot('versions-diff');

	// 4. the notice follows the policy
	t.result.step = 34;
	await page.goto(`${t.env.console}/privacy`, { waitUntil: 'networkidle0' });
	t.result.step = 35;
	await page.waitForSelector(`#role-${role}`);
	t.result.step = 36;
	R.noticeAfter = await page.$eval('#notice', (e) => e.dataset.version);
	t.result.step = 37;
	R.noticeText = await text(page, `section[aria-labelledby="role-${role}"]`);

	// 5. a concurrent edit between load and save is shown, not overwritten
	t.result.step = 38;
	await show(t, `role/${role}`);
	const loaded = JSON.parse(await page.$eval('#role-doc', (e) => e.value));
	const theirs = { ...loaded, description: 'Changed meanwhile through the API' };
	t.result.step = 39;
	const put = await t.api(page, 'PUT', `/v1/roles/${role}`, { body: theirs,
		headers: { 'X-CSRF-Token': await csrf(t) } });
	t.result.step = 40;
	R.concurrentPut = put.status;
	t.result.step = 41;
	await retype(page, '#role-doc', JSON.stringify({ ...loaded, description: 'Mine' }, null, 2));
	t.result.step = 42;
	await press(page, '#role-save');
	t.result.step = 43;
	await page.waitForSelector('#conflict');
	t.result.step = 44;
	R.conflictStatus = await text(page, '#role-result .problem strong');
	t.result.step = 45;
	R.conflictText = await text(page, '#conflict');
	t.result.step = 46;
	R.editorKept = JSON.parse(await page.$eval('#role-doc', (e) => e.value)).description;
	t.result.step = 47;
	await t.shot('role-conflict');
	t.result.step = 48;
	const now = await t.api(page, 'GET', `/v1/roles/${role}`);
	t.result.step = 49;
	R.storedAfterConflict = now.body.description;

	// 6. sign out with the keyboard: the session is gone
	t.result.step = 50;
	await tabTo(page, '#signout', { back: true });
	t.result.step = 51;
	await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
	t.result.step = 52;
	await page.waitForSelector('#signin:not([hidden])');
	t.result.step = 53;
	R.sessionAfterSignOut = (await t.session(page)).status;
	t.result.step = 54;
	R.subject = me.subject;
});
