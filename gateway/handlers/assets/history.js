/* Versions: the policy's history (GET /v1/policy/versions), newest first,
 * with each change's author and its diff (full=1 gives the documents before
 * and after); roll back to a version (POST /v1/policy/rollback), which
 * writes a new version and never rewrites history. */
"use strict";
(function () {
	const {el, api, button, problem, pretty} = C;

	function describe(ch) {
		if (!ch) return "";
		if (ch.kind === "rollback") return "rollback to version " + ch.to;
		return ch.kind + (ch.target ? " " + ch.target : "");
	}

	C.pages.versions = async function (view) {
		view.append(el("h1", {text: "Policy versions"}));
		const write = await C.canWrite();
		if (!write) view.append(C.readOnlyNote());
		const out = el("div", {id: "versions-result", "aria-live": "polite"});
		const list = el("div");
		view.append(list, out);
		await page(list, out, write, 0);
	};

	async function page(list, out, write, from) {
		const r = await api("GET", "/v1/policy/versions?limit=50" + (from ? "&from=" + from : ""));
		if (!r.ok) { list.append(problem(r, "The history")); return; }
		if (!from) list.append(el("p", {id: "current-version", text: "Current version: " + r.body.current}));
		list.append(C.table("Changes, newest first", ["Version", "Time", "Author", "Change", ""],
			r.body.versions.map((v) => [String(v.version), v.time, el("code", {text: v.author}), describe(v.change),
				el("span", {class: "row-actions"},
					button("Diff", () => diff(out, v.version), {"aria-label": "diff of version " + v.version, "data-diff": v.version}),
					write && v.version !== r.body.current ? button("Roll back to " + v.version,
						() => confirmRollback(out, v.version), {"data-rollback": v.version}) : null)])));
		if (r.body.next)
			list.append(button("Older versions", async (ev) => { ev.target.remove(); await page(list, out, write, r.body.next); }));
	}

	async function diff(out, version) {
		const r = await api("GET", "/v1/policy/versions?limit=1&full=1&from=" + version);
		out.replaceChildren();
		if (!r.ok || !r.body.versions.length) { out.append(problem(r, "Version " + version)); return; }
		const v = r.body.versions[0], ch = v.change || {};
		/* the store stamps "version" on roles: not a change of their content */
		const text = (d) => (d === undefined || d === null ? "" : pretty(Object.assign({}, d, {version: undefined})));
		out.append(el("h2", {id: "diff-title", tabindex: "-1", text: "Version " + v.version + ": " + describe(ch)}),
			el("p", {class: "muted", text: "by " + v.author + " at " + v.time}));
		const parts = Array.isArray(ch.changes) ? ch.changes : [ch];
		for (const c of parts) {
			if (parts.length > 1 || c !== ch) out.append(el("h3", {text: describe(c)}));
			if ("before" in c || "after" in c) out.append(C.diff(text(c.before), text(c.after), "diff of " + describe(c)));
		}
		if (!parts.length) out.append(el("p", {text: "Nothing differed."}));
		out.querySelector("h2").focus();
	}

	function confirmRollback(out, to) {
		out.replaceChildren(el("h2", {id: "rollback-title", tabindex: "-1", text: "Roll back to version " + to + "?"}),
			el("p", {text: "Roles and bindings return to their state at version " + to + ", written as a new version."}),
			el("div", {class: "actions"},
				button("Roll back now", async () => {
					const r = await api("POST", "/v1/policy/rollback", {to});
					if (!r.ok) { out.replaceChildren(problem(r, "Not rolled back")); return; }
					C.status("Rolled back to version " + to + ": now version " + r.body.version + ".");
					await C.reload();
					C.status("Rolled back to version " + to + ": now version " + r.body.version + ".");
				}, {id: "rollback-confirm", class: "danger"}),
				button("Cancel", () => out.replaceChildren(), {id: "rollback-cancel"})));
		out.querySelector("h2").focus();
	}
})();
