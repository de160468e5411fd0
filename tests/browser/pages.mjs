// pages.mjs: what the console-page cases share (on top of lib.mjs): opening
// a page of the console's shell and waiting until it has rendered, and
// driving it with the keyboard only (Tab to a control, Enter or Space).

// Opens /#hash (or changes the hash when the shell is already open)
// and waits until the page's box is rendered (#view aria-busy=false).
export async function show(t, hash) {
	const page = t.page;
	const url = new URL(page.url());
	if (url.origin === t.env.console && url.pathname === '/') {
		await page.evaluate((h) => { location.hash = h; }, hash);
	} else {
		await page.goto(`${t.env.console}/#${hash}`, { waitUntil: 'networkidle0' });
	}
	await settle(page, hash.split('/')[0]);
}

// Waits until the shell shows page `name` fully rendered.
export async function settle(page, name) {
	try {
		await page.waitForFunction((n) => {
			const v = document.getElementById('view');
			return v && v.dataset.page === n && v.getAttribute('aria-busy') === 'false';
		}, {}, name);
	} catch (e) {
		const state = await page.evaluate(() => {
			const v = document.getElementById('view');
			return `${location.href} page=${v && v.dataset.page} busy=${v && v.getAttribute('aria-busy')}: ` +
				(v ? v.textContent.slice(0, 300) : '');
		});
		throw new Error(`page ${name} did not settle (${e.message}); ${state}`);
	}
}

// Presses Tab (Shift+Tab with back) until the focused element matches
// selector; throws when it never does (the control is not keyboard-reachable).
export async function tabTo(page, selector, { back = false, max = 150 } = {}) {
	const at = (s) => !!document.activeElement && document.activeElement.matches(s);
	if (await page.evaluate(at, selector))
		return;
	for (let i = 0; i < max; i++) {
		if (back) {
			await page.keyboard.down('Shift');
			await page.keyboard.press('Tab');
			await page.keyboard.up('Shift');
		} else {
			await page.keyboard.press('Tab');
		}
		if (await page.evaluate(at, selector))
			return;
	}
	throw new Error(`the keyboard never reached ${selector}`);
}

// Tab to a control and press Enter (links, buttons, submit).
export async function press(page, selector, opts) {
	await tabTo(page, selector, opts);
	await page.keyboard.press('Enter');
}

// Replaces a focused text control's content by typing (keyboard only).
export async function retype(page, selector, text, opts) {
	await tabTo(page, selector, opts);
	await page.keyboard.down('Control');
	await page.keyboard.press('KeyA');
	await page.keyboard.up('Control');
	await page.keyboard.press('Delete');
	await page.keyboard.sendCharacter(text);
}

export function text(page, selector) {
	return page.$eval(selector, (e) => e.textContent);
}

// The CSRF token of the page's session (for API calls made beside the UI).
export async function csrf(t) {
	const s = await t.session(t.page);
	return s.body.csrf;
}
