/* Revocations, locks, alerts and break-glass reviews: lists with their
 * forms (docs/IDENTITY.md, docs/DETECTION.md). The gateway decides each
 * request; a refusal is shown as it came. */
"use strict";
(function () {
	const {el, api, field, button, problem} = C;
	const q = encodeURIComponent;

	function result(box, r, okText) {
		box.replaceChildren(r.ok ? el("p", {class: "ok", role: "status", text: okText}) : problem(r, "Refused"));
		return r.ok;
	}

	C.pages.revocations = async function (view) {
		view.append(el("h1", {text: "Revocations"}));
		const r = await api("GET", "/v1/revocations?limit=1000");
		if (!r.ok) { view.append(problem(r, "The revocations")); return; }
		const out = el("div", {id: "rev-result", "aria-live": "polite"});
		view.append(C.table(r.body.total + " revocation(s)", ["Kind", "Value", "Reason", "Expires", ""],
			r.body.revocations.map((x) => [x.kind, el("code", {text: x.value}), x.reason || "", x.expires_at || "never",
				button("Remove", async () => {
					const d = await api("DELETE", "/v1/revocations", {kind: x.kind, value: x.value});
					if (result(out, d, "Removed.")) await C.reload();
				}, {"aria-label": "remove the " + x.kind + " revocation of " + x.value})])));
		const kind = el("select", {id: "rev-kind"}, ["subject", "jti", "cert"].map((k) => el("option", {value: k, text: k})));
		const value = el("input", {type: "text", id: "rev-value", autocomplete: "off"});
		const reason = el("input", {type: "text", id: "rev-reason", autocomplete: "off"});
		const form = el("form", {id: "rev-form"}, el("h2", {text: "Revoke"}),
			field("Kind", kind), field("Value", value, "a principal, a token's jti, or a certificate's SHA-256 (hex)"),
			field("Reason", reason),
			el("div", {class: "actions"}, el("button", {type: "submit", class: "danger", text: "Revoke"})));
		form.addEventListener("submit", async (ev) => {
			ev.preventDefault();
			const body = {kind: kind.value, value: value.value.trim()};
			if (reason.value.trim()) body.reason = reason.value.trim();
			const a = await api("POST", "/v1/revocations", body);
			if (result(out, a, "Revoked.")) await C.reload();
		});
		view.append(form, out);
	};

	C.pages.locks = async function (view) {
		view.append(el("h1", {text: "Locks"}));
		const r = await api("GET", "/v1/locks");
		if (!r.ok) { view.append(problem(r, "The locks")); return; }
		const out = el("div", {id: "lock-result", "aria-live": "polite"});
		view.append(C.table("Locked principals", ["Principal", "Since", "Until", "Reason", "By", ""],
			r.body.locks.map((l) => [el("code", {text: l.principal}), l.since || "", l.until || "until unlocked",
				l.reason || "", l.by || "", button("Unlock", async () => {
					const d = await api("DELETE", "/v1/locks/" + q(l.principal));
					if (result(out, d, "Unlocked.")) await C.reload();
				}, {"aria-label": "unlock " + l.principal})])));
		const who = el("input", {type: "text", id: "lock-principal", autocomplete: "off"});
		const until = el("input", {type: "datetime-local", id: "lock-until", step: "1"});
		const reason = el("input", {type: "text", id: "lock-reason", autocomplete: "off"});
		const form = el("form", {id: "lock-form"}, el("h2", {text: "Lock a principal"}),
			field("Principal", who), field("Until (your local time; empty: until unlocked)", until), field("Reason", reason),
			el("div", {class: "actions"}, el("button", {type: "submit", class: "danger", text: "Lock"})));
		form.addEventListener("submit", async (ev) => {
			ev.preventDefault();
			const body = {principal: who.value.trim(), reason: reason.value.trim()};
			if (until.value) body.until = new Date(until.value).toISOString().replace(/\.\d{3}Z$/, "Z");
			const a = await api("POST", "/v1/locks", body);
			if (result(out, a, "Locked.")) await C.reload();
		});
		view.append(form, out);
	};

	C.pages.alerts = async function (view) {
		view.append(el("h1", {text: "Alerts"}));
		const box = el("div");
		view.append(box);
		async function page(since) {
			const r = await api("GET", "/v1/alerts?limit=100" + (since ? "&since=" + since : ""));
			if (!r.ok) { box.append(problem(r, "The alerts")); return; }
			box.append(C.table("Alerts, oldest first", ["Id", "Time", "Kind", "Subject", "Detail", "Audit seqs"],
				r.body.alerts.map((a) => [String(a.id), a.time, a.kind, el("code", {text: a.subject || ""}),
					a.detail || "", (a.seqs || []).join(", ")])));
			if (r.body.alerts.length === 100)
				box.append(button("More alerts", async (ev) => { ev.target.remove(); await page(r.body.next); }));
		}
		await page(0);
	};

	C.pages.reviews = async function (view) {
		view.append(el("h1", {text: "Break-glass reviews"}));
		const r = await api("GET", "/v1/reviews?limit=100");
		if (!r.ok) { view.append(problem(r, "The reviews")); return; }
		const out = el("div", {id: "review-result", "aria-live": "polite"});
		view.append(C.table("Reviews, open first", ["Id", "Subject", "Detail", "Audit seq", "State", "Reviewer", "Note", ""],
			r.body.reviews.map((v) => [String(v.id), el("code", {text: v.subject || ""}), v.detail || "", String(v.seq),
				v.state + (v.overdue ? " (overdue)" : ""), v.reviewer || "", v.note || "",
				v.state === "open" ? button("Review", () => close(out, v), {"aria-label": "review " + v.id}) : ""])));
		view.append(out);
	};

	function close(out, v) {
		const outcome = el("select", {id: "review-outcome"}, ["acknowledged", "escalated"].map((o) => el("option", {value: o, text: o})));
		const note = el("input", {type: "text", id: "review-note", autocomplete: "off"});
		const msg = el("div", {"aria-live": "polite"});
		const form = el("form", {id: "review-form"}, el("h2", {tabindex: "-1", text: "Review " + v.id}),
			field("Outcome", outcome), field("Note", note),
			el("div", {class: "actions"}, el("button", {type: "submit", class: "primary", text: "Close the review"})), msg);
		form.addEventListener("submit", async (ev) => {
			ev.preventDefault();
			const a = await api("POST", "/v1/reviews/" + v.id, {outcome: outcome.value, note: note.value.trim()});
			if (result(msg, a, "Closed.")) await C.reload();
		});
		out.replaceChildren(form);
		form.querySelector("h2").focus();
	}
})();
