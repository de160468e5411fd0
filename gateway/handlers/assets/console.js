/* The console's shell: the session, the API client, the navigation and the
 * helpers the pages share (docs/CONSOLE.md). Every page is a client of the
 * same /v1 API as curl: the gateway decides and records each request with
 * the signed-in person as subject, so the console grants nothing the API
 * would not. Nodes are built with textContent only (never innerHTML). */
"use strict";

const C = {pages: {}, session: null, mayWrite: null};
window.C = C;

/* el("p", {class: "x", onclick: f}, "text", node, ...) */
C.el = function (tag, props, ...kids) {
	const e = document.createElement(tag);
	for (const [k, v] of Object.entries(props || {})) {
		if (v === undefined || v === null || v === false) continue;
		if (k === "text") e.textContent = v;
		else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
		else if (k === "value") e.value = v;
		else e.setAttribute(k, v === true ? "" : v);
	}
	for (const kid of kids.flat()) {
		if (kid === undefined || kid === null || kid === false) continue;
		e.append(typeof kid === "string" || typeof kid === "number" ? String(kid) : kid);
	}
	return e;
};
const el = C.el;

/* A labelled input: the label names it (for=id), as every input must be. */
let fieldSeq = 0;
C.field = function (label, input, hint) {
	input.id = input.id || "f" + (++fieldSeq);
	const wrap = el("div", {class: "field"}, el("label", {for: input.id, text: label}), input);
	if (hint) {
		const h = el("span", {class: "hint", id: input.id + "-hint", text: hint});
		input.setAttribute("aria-describedby", h.id);
		wrap.append(h);
	}
	return wrap;
};

C.button = function (text, onclick, props) {
	return el("button", Object.assign({type: "button", onclick}, props || {}), text);
};

/* The API: JSON in and out, the CSRF token on every change. Resolves to
 * {status, ok, body, etag}; never throws for an HTTP status. */
C.api = async function (method, path, body, headers) {
	const h = Object.assign({Accept: "application/json"}, headers || {});
	if (method !== "GET" && C.session && C.session.csrf) h["X-CSRF-Token"] = C.session.csrf;
	const init = {method, headers: h, credentials: "same-origin"};
	if (body !== undefined) {
		h["Content-Type"] = "application/json";
		init.body = typeof body === "string" ? body : JSON.stringify(body);
	}
	let res;
	try {
		res = await fetch(path, init);
	} catch (err) {
		return {status: 0, ok: false, body: {error: {code: "network", message: String(err)}}};
	}
	const text = await res.text();
	let parsed = text;
	try { parsed = text ? JSON.parse(text) : null; } catch (e) { /* keep the text */ }
	if (res.status === 401 && method !== "GET" && path.startsWith("/v1/")) showSignedOut();
	return {status: res.status, ok: res.ok, body: parsed, etag: res.headers.get("ETag")};
};

/* A refusal or error as the API said it: status, code, message and, for an
 * invalid document, the JSON path it names. */
C.problem = function (res, what) {
	const err = (res.body && res.body.error) || {};
	const box = el("div", {class: "problem", role: "alert"});
	let head = (what ? what + ": " : "") + "HTTP " + res.status;
	if (res.status === 403) head = (what ? what + ": " : "") + "refused by the policy (403)";
	if (res.status === 401) head = "Your session has ended: sign in again (401)";
	if (res.status === 412) head = (what ? what + ": " : "") + "changed by someone else since you loaded it (412)";
	box.append(el("strong", {text: head}));
	if (err.code) box.append(" ", el("code", {text: err.code}));
	if (err.path) box.append(el("p", {}, "At ", el("code", {class: "path", text: err.path})));
	if (err.message) box.append(el("p", {text: err.message}));
	if (err.request_id) box.append(el("p", {class: "muted", text: "request " + err.request_id}));
	return box;
};

C.status = function (text) {
	document.getElementById("status").textContent = text || "";
};

C.pretty = (v) => JSON.stringify(v, null, 2);

/* Where a JSON path ("$.rules[1].when.all[0].attr") lies in C.pretty(v):
 * [start, end] offsets, or null. The same layout as JSON.stringify(v, null, 2). */
C.locate = function (v, path) {
	let text = "", found = null;
	function put(x, ind, p) {
		const start = text.length;
		if (Array.isArray(x) && x.length) {
			text += "[";
			x.forEach((y, i) => { text += (i ? "," : "") + "\n" + ind + "  "; put(y, ind + "  ", p + "[" + i + "]"); });
			text += "\n" + ind + "]";
		} else if (x && typeof x === "object" && Object.keys(x).length) {
			text += "{";
			Object.keys(x).forEach((k, i) => {
				text += (i ? "," : "") + "\n" + ind + "  " + JSON.stringify(k) + ": ";
				put(x[k], ind + "  ", p + "." + k);
			});
			text += "\n" + ind + "}";
		} else {
			text += JSON.stringify(x);
		}
		if (p === path) found = [start, text.length];
	}
	put(v, "", "$");
	return found;
};

/* A line diff (longest common subsequence) of two texts, as a <pre>: "-"
 * lines only in a, "+" lines only in b. Large texts fall back to a plain
 * before/after. */
C.diff = function (a, b, label) {
	const x = (a || "").split("\n"), y = (b || "").split("\n");
	const pre = el("pre", {class: "diff", tabindex: "0", "aria-label": label || "differences"});
	if (x.length * y.length > 4e6) {
		pre.append(el("span", {class: "del", text: "- (whole old text)\n"}),
			el("span", {class: "ins", text: "+ (whole new text)\n"}));
		return pre;
	}
	const n = x.length, m = y.length, L = [];
	for (let i = 0; i <= n; i++) L.push(new Uint32Array(m + 1));
	for (let i = n - 1; i >= 0; i--)
		for (let j = m - 1; j >= 0; j--)
			L[i][j] = x[i] === y[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
	let i = 0, j = 0, changed = 0;
	const line = (cls, mark, t) => pre.append(el("span", {class: cls, text: mark + t + "\n"}));
	while (i < n || j < m) {
		if (i < n && j < m && x[i] === y[j]) { line("same", "  ", x[i]); i++; j++; }
		else if (i < n && (j === m || L[i + 1][j] >= L[i][j + 1])) { line("del", "- ", x[i++]); changed++; }
		else { line("ins", "+ ", y[j++]); changed++; }
	}
	pre.dataset.changes = String(changed);
	if (!changed) pre.prepend(el("span", {class: "same", text: "(no differences)\n"}));
	return pre;
};

/* Does the person hold policy:write? Asked once through /v1/authorize for
 * their own identity (no permission needed; recorded like any decision) so
 * the pages hide edit controls the API would refuse anyway. */
C.canWrite = async function () {
	if (C.mayWrite === null) {
		const r = await C.api("POST", "/v1/authorize", {action: "policy:write"});
		C.mayWrite = r.ok && r.body && r.body.decision === "allow";
	}
	return C.mayWrite;
};

C.readOnlyNote = () => el("p", {class: "note", role: "note",
	text: "You may read the policy but not change it (policy:write is not yours): " +
		"editing is switched off, and the gateway would refuse a change."});

C.table = function (caption, heads, rows) {
	const t = el("table", {}, el("caption", {text: caption}),
		el("thead", {}, el("tr", {}, heads.map((h) => el("th", {scope: "col", text: h})))));
	const tb = el("tbody");
	for (const r of rows) tb.append(el("tr", {}, r.map((c) =>
		el("td", {}, c instanceof Node ? c : String(c === undefined || c === null ? "" : c)))));
	t.append(tb);
	/* a wide table scrolls inside its own region, reachable by keyboard */
	return el("div", {class: "scroll", role: "region", tabindex: "0", "aria-label": caption}, t);
};

C.link = (text, hash) => el("a", {href: "#" + hash, text});

/* ---- the shell ---- */

const NAV = [["roles", "Roles and bindings"], ["simulate", "Simulate"],
	["versions", "Versions"], ["audit", "Audit"], ["revocations", "Revocations"],
	["locks", "Locks"], ["alerts", "Alerts"], ["reviews", "Break-glass reviews"]];

/* Signed out (or never signed in): the sign-in link, nothing else. */
function showSignedOut() {
	C.session = null;
	document.getElementById("who").textContent = "";
	document.getElementById("who-label").hidden = true;
	document.getElementById("signout").hidden = true;
	document.getElementById("nav").hidden = true;
	const view = document.getElementById("view");
	view.replaceChildren(el("h1", {text: "custos console"}), el("p", {id: "signin"},
		el("a", {href: "/login", text: "Sign in"}), " with your organisation's account. The ",
		el("a", {href: "/privacy", text: "privacy notice"}), " is public."));
	view.dataset.page = "signed-out";
	view.setAttribute("aria-busy", "false");
	C.status("You are not signed in.");
}

async function signOut() {
	const r = await C.api("POST", "/logout");
	if (r.ok) {
		location.assign("/");
		return;
	}
	document.getElementById("view").prepend(C.problem(r, "Sign-out"));
}

let routeGen = 0;

async function route() {
	if (!C.session) return;
	const [page, ...rest] = (location.hash.slice(1) || "roles").split("/");
	const arg = rest.length ? decodeURIComponent(rest.join("/")) : "";
	const view = document.getElementById("view");
	const top = page === "role" || page === "binding" ? "roles" : page;
	for (const a of document.querySelectorAll("#nav a"))
		if (a.getAttribute("href") === "#" + top) a.setAttribute("aria-current", "page");
		else a.removeAttribute("aria-current");
	const fn = C.pages[page];
	/* Each visit renders into its own box: a slower earlier visit that
	 * finishes later writes into a box no longer shown. */
	const gen = ++routeGen;
	const box = el("div", {class: "page"});
	view.replaceChildren(box);
	view.setAttribute("aria-busy", "true");
	view.dataset.page = page;
	if (!fn) {
		box.append(el("h1", {text: "No such page"}), C.link("Back to the roles", "roles"));
	} else {
		C.status("Loading...");
		try {
			await fn(box, arg);
		} catch (err) {
			box.append(el("p", {role: "alert", class: "problem", text: "This page failed: " + err.message}));
		}
		if (gen !== routeGen) return;
		C.status("");
	}
	view.setAttribute("aria-busy", "false");
	const h1 = box.querySelector("h1");
	if (h1) { h1.tabIndex = -1; h1.focus(); document.title = h1.textContent + " - custos console"; }
}

C.reload = () => route();

async function start() {
	const s = await C.api("GET", "/console/session");
	if (s.status !== 200 || !s.body || typeof s.body !== "object") {
		showSignedOut();
		return;
	}
	C.session = s.body;
	document.getElementById("who").textContent = s.body.subject || "";
	document.getElementById("who-label").hidden = false;
	const out = document.getElementById("signout");
	out.hidden = false;
	out.addEventListener("click", signOut);
	const nav = document.getElementById("nav");
	nav.replaceChildren(el("ul", {}, NAV.map(([h, t]) => el("li", {}, C.link(t, h)))),
		el("a", {href: "/privacy", text: "Privacy notice"}));
	nav.hidden = false;
	window.addEventListener("hashchange", route);
	await route();
}

document.addEventListener("DOMContentLoaded", start);
