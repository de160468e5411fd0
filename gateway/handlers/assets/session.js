/* The console's session, for every page: fetches /console/session and
 * shows who is signed in with a Sign out button (POST /logout with the
 * session's CSRF token), or the sign-in link. window.custosSession resolves
 * to the session (or null) for the other pages' scripts, and
 * custosFetch(path, init) adds the CSRF token to every change. */
"use strict";

window.custosSession = fetch("/console/session", { credentials: "same-origin" })
	.then((r) => r.json().then((body) => (r.status === 200 ? body : null)))
	.catch(() => null);

window.custosFetch = async function (path, init) {
	const s = await window.custosSession;
	const opts = Object.assign({ credentials: "same-origin" }, init || {});
	opts.headers = Object.assign({}, opts.headers || {});
	const m = (opts.method || "GET").toUpperCase();
	if (s && m !== "GET" && m !== "HEAD") opts.headers["X-CSRF-Token"] = s.csrf;
	return fetch(path, opts);
};

window.custosSession.then((s) => {
	const status = document.getElementById("status");
	const who = document.getElementById("who");
	const out = document.getElementById("signout");
	const signin = document.getElementById("signin");
	if (!s) {
		if (status) status.textContent = "You are not signed in.";
		if (signin) signin.hidden = false;
		return;
	}
	if (who) who.textContent = s.subject;
	if (status) status.textContent = "Signed in as " + s.subject + ".";
	if (out) {
		out.hidden = false;
		out.addEventListener("click", async () => {
			const r = await window.custosFetch("/logout", { method: "POST" });
			if (status) status.textContent = r.ok ? "Signed out." : "Sign-out failed.";
			if (r.ok) window.location.assign("/");
		});
	}
});
