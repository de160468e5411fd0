// csrf.mjs: the console's JS calls the API's own routes as the signed-in
// person. A change needs the session's CSRF token (missing or wrong: 403
// csrf_failed); reads do not; a non-admin's write is denied by the policy
// exactly as through the API; without a session everything is 401.
import { run } from './lib.mjs';

const ROLE = {
	description: 'Made in the console',
	rules: [{ id: 'r', effect: 'allow', actions: ['conversation:read'] }],
};

run(async (t) => {
	const { env } = t;
	const alice = t.user('alice');
	const bob = t.user('bob');
	const put = (page, headers) => t.api(page, 'PUT', '/v1/roles/console_made',
		{ body: ROLE, headers });

	const s = await t.signIn(t.page, alice.login, alice.password);
	t.result.admin = {
		missing: await put(t.page, {}),
		wrong: await put(t.page, { 'X-CSRF-Token': 'A'.repeat(43) }),
		ok: await put(t.page, { 'X-CSRF-Token': s.csrf }),
		read: await t.api(t.page, 'GET', '/v1/roles/console_made'),
	};

	// another browser profile: bob (policy:read only)
	const ctx = await t.browser.createBrowserContext();
	const bp = await ctx.newPage();
	const bs = await t.signIn(bp, bob.login, bob.password);
	t.result.staff = {
		session: bs,
		read: await t.api(bp, 'GET', '/v1/roles'),
		write: await put(bp, { 'X-CSRF-Token': bs.csrf }),
		// alice's token is not bob's
		cross: await put(bp, { 'X-CSRF-Token': s.csrf }),
	};

	// a third profile that never signed in
	const anon = await (await t.browser.createBrowserContext()).newPage();
	await anon.goto(`${env.console}/`, { waitUntil: 'networkidle0' });
	t.result.anonymous = {
		read: await t.api(anon, 'GET', '/v1/roles'),
		write: await put(anon, { 'X-CSRF-Token': s.csrf }),
		session: (await t.session(anon)).status,
	};
	t.result.admin_cookie = (await t.page.cookies())
		.find((c) => c.name === '__Host-custos-session').value;
	t.result.csrf = s.csrf;
});
