/* The public privacy-notice page: fetches /v1/privacy-notice (JSON) from this
 * listener and builds the page with textContent only (never innerHTML), so
 * nothing a role document says can become markup. No framework, no other
 * origin (the Content-Security-Policy allows 'self' only). */
"use strict";

function el(tag, text, cls) {
	const e = document.createElement(tag);
	if (text !== undefined && text !== null) e.textContent = text;
	if (cls) e.className = cls;
	return e;
}

function typeWords(notice, names) {
	const words = {};
	for (const t of notice.types) words[t.name] = t.text;
	return names.length ? names.map((n) => words[n] || n).join(", ") : "nothing";
}

function entry(notice, e, deny) {
	const li = el("li");
	const head = el("p");
	head.append(el("span", deny ? "Never: " : "May: ", deny ? "never" : "may"));
	head.append(document.createTextNode((deny ? e.never : e.may).join(", ")));
	li.append(head);
	const details = el("ul");
	if (!deny) {
		let p = "as the conditions say";
		if (Array.isArray(e.purposes))
			p = e.purposes.length === 1 && e.purposes[0] === "*" ? "any (or none stated)"
				: e.purposes.join(", ");
		details.append(el("li", "For the purposes: " + p));
	}
	if (e.conditions.length)
		details.append(el("li", (deny ? "When: " : "Only when: ") +
			e.conditions.map((c) => c.text).join("; and ")));
	if (!deny) {
		details.append(el("li", "Hidden from them: " + typeWords(notice, e.hidden)));
		details.append(el("li", "Shown to them: " + typeWords(notice, e.shown)));
	}
	const rule = el("li", "Rule: ");
	rule.append(el("code", e.rule));
	details.append(rule);
	li.append(details);
	return li;
}

function render(notice) {
	const root = document.getElementById("notice");
	root.replaceChildren();
	root.append(el("p", "Generated from access policy version " + notice.policy_version +
		"; it changes whenever the policy changes. Nobody may use your data unless a rule " +
		"below allows it, and a \"never\" rule of a role wins over every \"may\". Every " +
		"access is recorded in an audit log.", "muted"));
	for (const r of notice.roles) {
		const sec = el("section");
		sec.setAttribute("aria-labelledby", "role-" + r.name);
		const h = el("h2", "Role " + r.name);
		h.id = "role-" + r.name;
		sec.append(h);
		if (r.description) sec.append(el("p", r.description));
		if (r.inherits.length) sec.append(el("p", "Includes the roles: " + r.inherits.join(", "), "muted"));
		if (!r.access.length && !r.restrictions.length)
			sec.append(el("p", "This role has no access to your data."));
		const ul = el("ul", null, "rules");
		for (const e of r.access) ul.append(entry(notice, e, false));
		for (const e of r.restrictions) ul.append(entry(notice, e, true));
		if (ul.children.length) sec.append(ul);
		root.append(sec);
	}
	root.append(el("h2", "The kinds of data named above"));
	const dl = el("dl", null, "types");
	for (const t of notice.types) {
		dl.append(el("dt", t.name));
		dl.append(el("dd", t.text));
	}
	root.append(dl);
	root.dataset.version = String(notice.policy_version);
}

async function load() {
	const status = document.getElementById("status");
	try {
		const res = await fetch("/v1/privacy-notice", {headers: {Accept: "application/json"}});
		if (!res.ok) throw new Error("HTTP " + res.status);
		render(await res.json());
		status.textContent = "";
	} catch (err) {
		status.textContent = "The privacy notice could not be loaded (" + err.message + ").";
	}
}

document.addEventListener("DOMContentLoaded", load);
