// signin.mjs: a person signs in through the real provider, the console
// shows who they are, the session API answers, and sign-out really ends
// the session server-side (the old cookie replayed is refused).
import { run } from './lib.mjs';

run(async (t) => {
	const { page, env } = t;
	const who = t.user(env.args.user || 'alice');
	// the sign-in pages are accessible too
	await page.goto(`${env.console}/`, { waitUntil: 'networkidle0' });
	await page.waitForSelector('#signin:not([hidden])');
	t.result.home_axe = await t.axe(page);
	await page.goto(`${env.console}/login`, { waitUntil: 'networkidle0' });
	t.result.provider_axe = await t.axe(page, { allow: true }); // the provider's page, not ours
	const s = await t.signIn(page, who.login, who.password);
	t.result.session = s;
	await page.waitForFunction(() => document.getElementById('who').textContent !== '');
	t.result.shown = await page.$eval('#who', (e) => e.textContent);
	t.result.signed_in_axe = await t.axe(page);
	await t.shot(`signed-in-${who.login}`);
	const cookies = await page.cookies();
	const sc = cookies.find((c) => c.name === '__Host-custos-session');
	t.result.cookie = sc && { httpOnly: sc.httpOnly, secure: sc.secure, sameSite: sc.sameSite,
		path: sc.path, domain: sc.domain };
	t.result.cookie_value = sc && sc.value;
	t.result.login_cookie_left = cookies.some((c) => c.name === '__Host-custos-login');
	// sign out with the button (keyboard: focus and Enter)
	await page.focus('#signout');
	await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }),
		page.keyboard.press('Enter')]);
	await page.waitForSelector('#signin:not([hidden])');
	t.result.after = (await t.session(page)).status;
	t.result.cookie_after = (await page.cookies()).some((c) => c.name === '__Host-custos-session');
});
