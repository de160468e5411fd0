/* Audit: GET /v1/audit filtered by subject, action, decision and a time
 * window, paged by next_seq; an entry opened in full; and the chain's
 * verify status (GET /v1/audit/verify). Every query is itself recorded. */
"use strict";
(function () {
	const {el, api, field, button, problem, pretty} = C;

	/* datetime-local ("2026-11-30T18:00") is the browser's local time. */
	const rfc3339 = (v) => (v ? new Date(v).toISOString().replace(/\.\d{3}Z$/, "Z") : "");

	C.pages.audit = async function (view, arg) {
		view.append(el("h1", {text: "Audit log"}));
		const verify = el("div", {id: "audit-verify", "aria-live": "polite"});
		view.append(verify);
		checkChain(verify);
		const subject = el("input", {type: "text", id: "audit-subject", autocomplete: "off"});
		const action = el("input", {type: "text", id: "audit-action", autocomplete: "off"});
		const decision = el("select", {id: "audit-decision"}, ["", "allow", "deny", "error"].map((d) =>
			el("option", {value: d, text: d || "any"})));
		const since = el("input", {type: "datetime-local", id: "audit-since", step: "1"});
		const until = el("input", {type: "datetime-local", id: "audit-until", step: "1"});
		const form = el("form", {id: "audit-form", class: "filters"},
			field("Subject", subject, "exact: user:ISSUER/SUB, svc:NAME"),
			field("Action", action, "exact: policy:write, conversation:read, ..."),
			field("Decision", decision), field("From (your local time)", since), field("Before (your local time)", until),
			el("div", {class: "actions"}, el("button", {type: "submit", id: "audit-search", class: "primary", text: "Search"})));
		const results = el("div", {id: "audit-results"});
		const entry = el("div", {id: "audit-entry", "aria-live": "polite"});
		view.append(form, results, entry);
		if (arg && C.session && arg === "mine") subject.value = C.session.subject || "";
		const query = () => {
			const q = new URLSearchParams({limit: "50"});
			if (subject.value.trim()) q.set("subject", subject.value.trim());
			if (action.value.trim()) q.set("action", action.value.trim());
			if (decision.value) q.set("decision", decision.value);
			if (since.value) q.set("since", rfc3339(since.value));
			if (until.value) q.set("until", rfc3339(until.value));
			return q;
		};
		form.addEventListener("submit", async (ev) => {
			ev.preventDefault();
			results.replaceChildren();
			entry.replaceChildren();
			await page(results, entry, query(), 0);
		});
		await page(results, entry, query(), 0);
	};

	async function checkChain(box) {
		const r = await api("GET", "/v1/audit/verify");
		if (!r.ok) { box.replaceChildren(problem(r, "The chain check")); return; }
		const v = r.body;
		box.replaceChildren(v.ok
			? el("p", {class: "ok", id: "chain-status"}, "Chain intact: " + v.entries + " entries verified, head seq " + v.head.seq + " ",
				el("code", {text: v.head.hash.slice(0, 16) + "..."}))
			: el("p", {class: "problem", role: "alert", id: "chain-status",
				text: "Chain BROKEN at seq " + v.first_bad_seq + ": " + v.reason + " (" + v.entries + " entries intact)"}));
	}

	async function page(box, entryBox, q, since) {
		if (since) q.set("since_seq", String(since));
		const r = await api("GET", "/v1/audit?" + q.toString());
		if (!r.ok) { box.append(problem(r, "The audit log")); return; }
		const rows = r.body.entries.map((e) => [String(e.seq), e.time, el("span", {class: "d-" + e.decision, text: e.decision}),
			e.action || "", el("code", {text: e.subject || ""}), e.resource || "", e.reason || "",
			button("Open", () => open(entryBox, e), {"aria-label": "open entry " + e.seq, "data-seq": e.seq})]);
		box.append(rows.length
			? C.table("Entries, oldest first", ["Seq", "Time", "Decision", "Action", "Subject", "Resource", "Reason", ""], rows)
			: el("p", {text: "No entries match in this stretch of the log."}));
		if (rows.length === Number(q.get("limit")))
			box.append(button("Next page", async (ev) => { ev.target.remove(); await page(box, entryBox, q, r.body.next_seq); },
				{id: "audit-next"}));
	}

	function open(box, e) {
		box.replaceChildren(el("h2", {id: "entry-title", tabindex: "-1", text: "Entry " + e.seq}),
			el("pre", {tabindex: "0", text: pretty(e)}));
		box.querySelector("h2").focus();
	}
})();
