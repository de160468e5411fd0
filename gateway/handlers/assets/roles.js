/* Roles and bindings: list, view, edit (JSON), diff against the stored
 * version, save with If-Match, delete. A refusal or a validation error is
 * shown as the API gave it, with the JSON path it names. */
"use strict";
(function () {
	const {el, api, field, button, problem, pretty, link} = C;
	const enc = encodeURIComponent;
	const TEMPLATE = {description: "", inherits: [], rules: [{id: "read", effect: "allow",
		actions: ["conversation:read"], when: {attr: "request.purpose", matches: "ticket:*"},
		reveal: []}]};

	C.pages.roles = async function (view) {
		view.append(el("h1", {text: "Roles and bindings"}));
		const write = await C.canWrite();
		if (!write) view.append(C.readOnlyNote());
		const roles = await api("GET", "/v1/roles");
		view.append(el("h2", {text: "Roles"}));
		if (!roles.ok) {
			view.append(problem(roles, "The roles"));
		} else {
			view.append(el("p", {class: "muted", text: "Policy version " + roles.body.policy_version}));
			view.append(C.table("Stored roles (the built-in admin role is read-only)",
				["Role", "Version", "Description"],
				[[link("admin", "role/admin"), "built in", "every administrative action"]].concat(
					roles.body.roles.map((r) => [link(r.name, "role/" + enc(r.name)),
						r.version, r.description || ""]))));
			if (write) view.append(el("p", {}, link("New role", "role/")));
		}
		view.append(el("h2", {text: "Bindings"}));
		await bindings(view, write, "");
	};

	async function bindings(view, write, after) {
		const box = el("section", {"aria-label": "bindings"});
		view.append(box);
		const b = await api("GET", "/v1/bindings?limit=100" + (after ? "&after=" + enc(after) : ""));
		if (!b.ok) { box.append(problem(b, "The bindings")); return; }
		box.append(C.table("Who holds which roles", ["Principal", "Roles", ""],
			b.body.bindings.map((x) => [el("code", {text: x.principal}), x.roles.join(", "),
				write ? link("Edit", "binding/" + enc(x.principal)) : ""])));
		if (b.body.next)
			box.append(button("More bindings", async (ev) => {
				ev.target.remove();
				await bindings(box, write, b.body.next);
			}));
		if (write && !after) box.append(el("p", {}, link("New binding", "binding/")));
	}

	/* Where the text's JSON is invalid, the browser's parser says where. */
	function parseDoc(text) {
		try { return {doc: JSON.parse(text)}; } catch (e) { return {err: e.message}; }
	}

	C.pages.role = async function (view, name) {
		const creating = !name;
		const write = await C.canWrite();
		view.append(el("h1", {text: creating ? "New role" : "Role " + name}),
			el("p", {}, link("All roles", "roles")));
		let stored = null, version = 0, builtin = false;
		if (!creating) {
			const r = await api("GET", "/v1/roles/" + enc(name));
			if (!r.ok) { view.append(problem(r, "Role " + name)); return; }
			stored = r.body;
			version = stored.version || 0;
			builtin = !!stored.builtin;
		}
		const strip = (d) => { const c = Object.assign({}, d); delete c.version; delete c.builtin; return c; };
		let storedText = stored ? pretty(strip(stored)) : "";
		const editable = write && !builtin;
		if (!write) view.append(C.readOnlyNote());
		if (builtin) view.append(el("p", {class: "note", text: "The built-in admin role cannot be changed."}));
		const nameIn = el("input", {type: "text", id: "role-name", autocomplete: "off",
			required: true, pattern: "[A-Za-z0-9_.-]+"});
		if (creating) view.append(field("Role name", nameIn, "letters, digits, _ . -"));
		const meta = el("p", {id: "role-version", class: "muted",
			text: creating ? "Not stored yet." : "Stored version " + version});
		const ta = el("textarea", {id: "role-doc", rows: "22", spellcheck: "false",
			readonly: !editable, "aria-describedby": "role-version"});
		ta.value = creating ? pretty(TEMPLATE) : storedText;
		const out = el("div", {id: "role-result", "aria-live": "polite"});
		view.append(meta, field("Role document (JSON)", ta));
		const target = () => (creating ? nameIn.value.trim() : name);

		function showDiff() {
			out.replaceChildren();
			const p = parseDoc(ta.value);
			if (p.err) { out.append(el("div", {class: "problem", role: "alert", text: "Not JSON: " + p.err})); return null; }
			out.append(el("h2", {text: "Changes against the stored version"}),
				C.diff(storedText, pretty(strip(p.doc)), "changes to role " + target()));
			return p.doc;
		}

		async function save() {
			const doc = showDiff();
			if (!doc) return;
			if (!target()) { out.prepend(el("div", {class: "problem", role: "alert", text: "The role needs a name."})); return; }
			const r = await api("PUT", "/v1/roles/" + enc(target()), doc, {"If-Match": String(version)});
			if (r.ok) {
				out.replaceChildren(el("p", {role: "status", class: "ok", id: "saved",
					text: "Saved: role " + r.body.name + " is now version " + r.body.version + "."}));
				if (creating) { location.hash = "role/" + enc(r.body.name); return; }
				version = r.body.version;
				meta.textContent = "Stored version " + version;
				stored = r.body;
				storedText = pretty(strip(stored));
				return;
			}
			out.prepend(problem(r, "Not saved"));
			const path = r.body && r.body.error && r.body.error.path;
			if (path) pointAt(doc, path);
			if (r.status === 412) await conflict(out);
		}

		/* Someone saved in between: show what they changed and keep the text. */
		async function conflict(box) {
			const now = await api("GET", "/v1/roles/" + enc(target()));
			const theirs = now.ok ? pretty(strip(now.body)) : "";
			box.append(el("div", {class: "conflict", id: "conflict"},
				el("h2", {text: "Changed by someone else"}),
				el("p", {text: "The stored role is now version " + (now.ok ? now.body.version : "(deleted)") +
					"; you edited version " + version + ". Nothing was overwritten. Their changes:"}),
				C.diff(storedText, theirs, "their changes"),
				el("p", {text: "Your text is still in the editor. Load theirs to start again from it."}),
				button("Load the stored version (discards your edit)", C.reload, {id: "conflict-reload"})));
		}

		/* Puts the editor's text in the canonical layout and selects the
		 * part the error's path names. */
		function pointAt(doc, path) {
			const at = C.locate(doc, path);
			if (!at) return;
			ta.value = pretty(doc);
			const go = button("Show " + path + " in the editor", () => {
				ta.focus();
				ta.setSelectionRange(at[0], at[1]);
			}, {id: "error-goto"});
			out.querySelector(".problem").append(go);
		}

		if (editable) {
			const bar = el("div", {class: "actions"},
				button("Show changes", showDiff, {id: "role-diff"}),
				button("Save", save, {id: "role-save", class: "primary"}));
			if (!creating) bar.append(button("Delete role", () => confirmDelete(bar), {id: "role-delete", class: "danger"}));
			view.append(bar);
		}
		view.append(out);

		function confirmDelete(bar) {
			if (bar.querySelector("#role-delete-confirm")) return;
			const yes = button("Delete " + name + " now", async () => {
				const r = await api("DELETE", "/v1/roles/" + enc(name), undefined, {"If-Match": String(version)});
				if (r.ok) { location.hash = "roles"; C.status("Role " + name + " deleted (policy version " + r.body.version + ")."); return; }
				out.replaceChildren(problem(r, "Not deleted"));
			}, {id: "role-delete-confirm", class: "danger"});
			bar.append(yes);
			yes.focus();
		}
	};

	C.pages.binding = async function (view, principal) {
		const creating = !principal;
		view.append(el("h1", {text: creating ? "New binding" : "Binding of " + principal}),
			el("p", {}, link("All roles and bindings", "roles")));
		const write = await C.canWrite();
		if (!write) view.append(C.readOnlyNote());
		let roles = [];
		if (!creating) {
			const r = await api("GET", "/v1/bindings/" + enc(principal));
			if (!r.ok) { view.append(problem(r, "Binding")); return; }
			roles = r.body.roles;
		}
		const pIn = el("input", {type: "text", id: "binding-principal", value: principal, readonly: !creating, autocomplete: "off"});
		const rIn = el("input", {type: "text", id: "binding-roles", value: roles.join(", "), readonly: !write, autocomplete: "off"});
		const out = el("div", {id: "binding-result", "aria-live": "polite"});
		view.append(field("Principal", pIn, "user:ISSUER/SUB, group:ISSUER/NAME or svc:NAME"),
			field("Roles", rIn, "role names, separated by commas"));
		if (write) view.append(el("div", {class: "actions"},
			button("Save binding", async () => {
				const list = rIn.value.split(",").map((s) => s.trim()).filter(Boolean);
				const r = await api("PUT", "/v1/bindings/" + enc(pIn.value.trim()), {roles: list});
				out.replaceChildren(r.ok ? el("p", {class: "ok", text: "Saved (policy version " + r.body.version + ")" +
					(r.body.unknown_roles ? "; no such role yet: " + r.body.unknown_roles.join(", ") : "") + "."})
					: problem(r, "Not saved"));
			}, {id: "binding-save", class: "primary"}),
			creating ? null : button("Delete binding", async () => {
				const r = await api("DELETE", "/v1/bindings/" + enc(principal));
				if (r.ok) location.hash = "roles";
				else out.replaceChildren(problem(r, "Not deleted"));
			}, {id: "binding-delete", class: "danger"})));
		view.append(out);
	};
})();
