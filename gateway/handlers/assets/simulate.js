/* Simulate: POST /v1/policy/simulate with a subject, action, purpose and
 * resource attributes or a real conversation id, optionally against
 * proposed (unsaved) role documents. Shows the decision, the rule, the
 * hidden and revealed types and the engine's explanation. */
"use strict";
(function () {
	const {el, api, field, button, problem, pretty} = C;
	const ACTIONS = ["conversation:read", "conversation:list", "conversation:create",
		"conversation:append", "conversation:delete", "conversation:hold", "user:consent",
		"user:export", "user:erase", "concern:create", "concern:read", "policy:read",
		"policy:write", "revocation:write", "audit:read", "alert:read", "lock:write",
		"review:read", "review:write", "authorize", "keys:rotate"];
	const RESOURCE = {type: "conversation", id: "c-1", labels: {assignee: "user:corp/alice"},
		consent: {human_review: true}, legal_hold: false};

	C.pages.simulate = async function (view) {
		view.append(el("h1", {text: "Simulate a decision"}),
			el("p", {class: "muted", text: "Nothing is stored or changed; the simulation itself is recorded in the audit log."}));
		const subject = el("input", {type: "text", id: "sim-subject", value: (C.session && C.session.subject) || "", autocomplete: "off"});
		const groups = el("input", {type: "text", id: "sim-groups", autocomplete: "off"});
		const action = el("select", {id: "sim-action"}, ACTIONS.map((a) => el("option", {value: a, text: a})));
		const purpose = el("input", {type: "text", id: "sim-purpose", autocomplete: "off"});
		const kind = el("select", {id: "sim-kind"}, el("option", {value: "attrs", text: "resource attributes"}),
			el("option", {value: "conv", text: "a stored conversation"}));
		const conv = el("input", {type: "text", id: "sim-conversation", autocomplete: "off"});
		const res = el("textarea", {id: "sim-resource", rows: "8", spellcheck: "false"});
		res.value = pretty(RESOURCE);
		const useDocs = el("input", {type: "checkbox", id: "sim-proposed"});
		const docs = el("textarea", {id: "sim-documents", rows: "12", spellcheck: "false"});
		const out = el("div", {id: "sim-result", "aria-live": "polite"});
		const convField = field("Conversation id", conv, "its stored labels, consent and hold are used");
		const resField = field("Resource attributes (JSON)", res);
		const docsField = field("Proposed role documents (a JSON array; they replace every stored role for this simulation)", docs);
		convField.hidden = true;
		docsField.hidden = true;
		kind.addEventListener("change", () => {
			convField.hidden = kind.value !== "conv";
			resField.hidden = kind.value === "conv";
		});
		useDocs.addEventListener("change", async () => {
			docsField.hidden = !useDocs.checked;
			if (useDocs.checked && !docs.value) docs.value = pretty(await storedRoles());
		});
		const form = el("form", {id: "sim-form", novalidate: true},
			field("Subject", subject, "the principal asking: user:ISSUER/SUB or svc:NAME"),
			field("Groups", groups, "optional: group:ISSUER/NAME, separated by commas"),
			field("Action", action), field("Purpose", purpose, "optional, e.g. ticket:4711"),
			field("Decide on", kind), resField, convField,
			el("div", {class: "field check"}, useDocs, el("label", {for: useDocs.id, text: "Try proposed (unsaved) role documents"})),
			docsField,
			el("div", {class: "actions"}, el("button", {type: "submit", id: "sim-run", class: "primary", text: "Simulate"})));
		form.addEventListener("submit", async (ev) => {
			ev.preventDefault();
			out.replaceChildren();
			const body = {subject: subject.value.trim(), action: action.value};
			const g = groups.value.split(",").map((s) => s.trim()).filter(Boolean);
			if (g.length) body.groups = g;
			if (purpose.value.trim()) body.purpose = purpose.value.trim();
			try {
				if (kind.value === "conv") body.conversation = conv.value.trim();
				else body.resource = JSON.parse(res.value);
				if (useDocs.checked) body.documents = JSON.parse(docs.value);
			} catch (e) {
				out.append(el("div", {class: "problem", role: "alert", text: "Not JSON: " + e.message}));
				return;
			}
			const r = await api("POST", "/v1/policy/simulate", body);
			out.append(r.ok ? result(r.body) : problem(r, "Not simulated"));
		});
		view.append(form, out);
	};

	async function storedRoles() {
		const list = await api("GET", "/v1/roles");
		if (!list.ok) return [];
		const docs = [];
		for (const r of list.body.roles) {
			const d = await api("GET", "/v1/roles/" + encodeURIComponent(r.name));
			if (d.ok) { delete d.body.version; docs.push(d.body); }
		}
		return docs;
	}

	function result(d) {
		const types = (l) => (l && l.length ? l.join(", ") : "none");
		const box = el("section", {class: "decision " + d.decision, "aria-label": "the decision"},
			el("h2", {id: "sim-decision", text: "Decision: " + d.decision.toUpperCase()}),
			el("dl", {},
				el("dt", {text: "Rule"}), el("dd", {}, el("code", {id: "sim-rule", text: d.rule || "(no rule)"})),
				el("dt", {text: "Reason"}), el("dd", {text: d.reason || ""}),
				el("dt", {text: "Revealed types"}), el("dd", {id: "sim-reveal", text: types(d.reveal)}),
				el("dt", {text: "Hidden types"}), el("dd", {id: "sim-hidden", text: types(d.hidden)}),
				el("dt", {text: "Roles"}), el("dd", {text: types(d.roles)}),
				el("dt", {text: "Policy"}), el("dd", {text: "version " + d.policy_version + (d.proposed ? ", with the proposed documents" : "")})));
		const ex = d.explain || {};
		if (ex.failed && ex.failed.length)
			box.append(el("h3", {text: "Rules whose condition failed"}), el("ul", {},
				ex.failed.map((f) => el("li", {}, el("code", {text: f.rule}), " at ", el("code", {text: f.path || ""}),
					": " + (f.attr || "") + " " + (f.op || "") + " " + JSON.stringify(f.expected) +
					(f.missing ? " (the attribute is missing)" : ", was " + JSON.stringify(f.actual))))));
		box.append(el("details", {}, el("summary", {text: "The full explanation"}),
			el("pre", {tabindex: "0", text: pretty(ex)})));
		return box;
	}
})();
