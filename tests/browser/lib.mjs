// lib.mjs: what every browser case shares (tests/browser/README.md has the
// contract). A case is a module that calls run(async (t) => {...}); run
// launches Debian's chromium through puppeteer-core, hands the case t =
// {browser, page, env, shot, axe, signIn, api, result}, and always ends the
// process with one JSON line on stdout: {"ok": true, ...t.result} (exit 0)
// or {"ok": false, "error": ..., ...t.result} (exit 1).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const env = {
	console: process.env.CONSOLE_URL,          // https://localhost:PORT (no trailing /)
	issuer: process.env.OP_ISSUER,             // the provider's issuer URL
	issuerName: process.env.CONSOLE_ISSUER,    // the [issuer:NAME] the console signs in with
	users: JSON.parse(process.env.OP_USERS || '[]'), // [{login,password,sub,groups}]
	shots: process.env.SHOT_DIR || 'build/browser-shots',
	chromium: process.env.CHROMIUM || '/usr/bin/chromium',
	args: JSON.parse(process.env.CASE_ARGS || '{}'), // anything the pytest side passes
};

export function user(login) {
	const u = env.users.find((x) => x.login === login);
	if (!u)
		throw new Error(`no test user ${login}`);
	return u;
}

// Signs in through the console's /login and the provider's form; resolves
// once the browser is back on the console with a session. Throws with the
// provider's or the console's message when sign-in fails.
export async function signIn(page, login, password) {
	await page.goto(`${env.console}/login`, { waitUntil: 'networkidle0' });
	if (!page.url().startsWith(env.issuer))
		throw new Error(`/login did not go to the provider: ${page.url()}`);
	await page.type('#login', login);
	await page.type('#password', password);
	await Promise.all([
		page.waitForNavigation({ waitUntil: 'networkidle0' }),
		page.click('#submit'),
	]);
	// the callback page hands over to the console (a same-site navigation,
	// so the SameSite=Strict session cookie is sent)
	await page.waitForFunction((c) => location.href.startsWith(c) &&
		!location.pathname.startsWith('/callback'), { timeout: 15000 }, env.console);
	// not waitForNetworkIdle: a request the meta refresh of /callback cancels
	// can stay counted as in flight and it then never resolves (seen with
	// the console's shell, one run in three)
	await page.waitForFunction(() => document.readyState === 'complete');
	const s = await session(page);
	if (s.status !== 200)
		throw new Error(`no session after sign-in: ${s.status} ${JSON.stringify(s.body)}`);
	return s.body;
}

// A fetch from inside the page (same origin, the page's cookies): returns
// {status, headers, body (parsed JSON or text)}.
export async function api(page, method, pathname, { body, headers } = {}) {
	return page.evaluate(async (m, p, b, h) => {
		const init = { method: m, headers: { ...(h || {}) }, credentials: 'same-origin' };
		if (b !== undefined) {
			init.body = typeof b === 'string' ? b : JSON.stringify(b);
			init.headers['Content-Type'] = init.headers['Content-Type'] || 'application/json';
		}
		const r = await fetch(p, init);
		const text = await r.text();
		let parsed = text;
		try { parsed = JSON.parse(text); } catch { /* text */ }
		return { status: r.status, headers: Object.fromEntries(r.headers.entries()),
			body: parsed };
	}, method, pathname, body, headers);
}

export function session(page) {
	return api(page, 'GET', '/console/session');
}

// axe-core on the page as it is; returns the serious and critical violations
// (ids and node targets) and fails the case when there are any unless told.
export async function axe(page, { allow = false } = {}) {
	// the console's CSP forbids injected scripts: evaluate the source instead
	await page.evaluate(AXE);
	const res = await page.evaluate(async () => window.axe.run(document,
		{ resultTypes: ['violations'] }));
	const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) }));
	if (bad.length && !allow)
		throw new Error(`axe: ${JSON.stringify(bad)} on ${page.url()}`);
	return bad;
}

export async function run(body) {
	const t = { env, result: {}, signIn, api, axe, session, user };
	let code = 0;
	let browser;
	try {
		mkdirSync(env.shots, { recursive: true });
		browser = await puppeteer.launch({
			executablePath: env.chromium,
			headless: true,
			acceptInsecureCerts: true, // the test CA is not the system's
			args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
		});
		t.browser = browser;
		t.page = await browser.newPage();
		t.page.setDefaultTimeout(20000);
		t.cspViolations = [];
		t.page.on('console', (m) => {
			if (/Content Security Policy/.test(m.text()))
				t.cspViolations.push(m.text());
		});
		t.shot = async (name, page = t.page) => {
			const file = path.join(env.shots, `${name}.png`);
			await page.screenshot({ path: file, fullPage: true });
			return file;
		};
		await body(t);
		if (t.cspViolations.length)
			throw new Error(`CSP violations: ${t.cspViolations.join(' | ')}`);
		process.stdout.write(JSON.stringify({ ok: true, ...t.result }) + '\n');
	} catch (e) {
		code = 1;
		process.stdout.write(JSON.stringify({ ok: false, error: String(e && e.stack || e),
			...t.result }) + '\n');
	} finally {
		if (browser)
			await browser.close().catch(() => {});
	}
	process.exit(code);
}
