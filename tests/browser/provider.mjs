// provider.mjs: a real OpenID provider (oidc-provider, pinned in package.json)
// for the console's browser tests and for `make demo`. HTTPS on 127.0.0.1
// with the certificate the caller made (never committed); authorization code
// + PKCE (S256), a confidential client for the console, test users with
// groups, and the groups in the ID token. tests/browser/README.md.
//
// Environment:
//   OP_CERT, OP_KEY        PEM server certificate and key (required)
//   OP_SIGNING_KEY         PEM RSA private key that signs the ID tokens (required)
//   OP_PORT                port on 127.0.0.1 (0 or unset: any free one)
//   OP_HOST                host name in the issuer URL (default 127.0.0.1)
//   OP_CLIENT_ID           the console's client id (default custos-console)
//   OP_CLIENT_SECRET       its secret (required)
//   OP_REDIRECT_URIS       its redirect URLs, comma-separated (required)
//   OP_USERS               JSON [{login, password, sub, name, email, groups}]
//                          (default: USERS below)
// Once listening it prints one JSON line on stdout:
//   {"issuer": ..., "discovery": ..., "port": N, "client_id": ..., "users": [...]}
// and serves until SIGTERM/SIGINT.
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { createPrivateKey, randomBytes } from 'node:crypto';
import { URLSearchParams } from 'node:url';
import Provider from 'oidc-provider';

export const USERS = [
	{ login: 'alice', password: 'alice-console-pw', sub: 'alice', name: 'Alice Admin',
	  email: 'alice@example.test', groups: ['custos-admins'] },
	{ login: 'bob', password: 'bob-console-pw', sub: 'bob', name: 'Bob Staff',
	  email: 'bob@example.test', groups: ['support'] },
];

function need(name) {
	const v = process.env[name];
	if (!v) {
		process.stderr.write(`provider.mjs: ${name} is required\n`);
		process.exit(2);
	}
	return v;
}

const users = process.env.OP_USERS ? JSON.parse(process.env.OP_USERS) : USERS;
const bySub = new Map(users.map((u) => [u.sub, u]));
const clientId = process.env.OP_CLIENT_ID || 'custos-console';
const secret = need('OP_CLIENT_SECRET');
const redirects = need('OP_REDIRECT_URIS').split(',').map((s) => s.trim()).filter(Boolean);
const host = process.env.OP_HOST || '127.0.0.1';
const tls = { cert: readFileSync(need('OP_CERT')), key: readFileSync(need('OP_KEY')) };

// The signing key (the gateway fetches its public half through discovery)
// is made by the caller: node 20's generateKeyPairSync('rsa') deadlocked
// in 4 of 73 starts under load (the main thread blocked in ~KeyGenJob, run by a
// garbage collection inside the key generation, on a libuv mutex; gdb's
// stacks of two hung providers), which hung the browser tests.
const privateKey = createPrivateKey(readFileSync(need('OP_SIGNING_KEY')));
if (privateKey.asymmetricKeyType !== 'rsa') {
	process.stderr.write('provider.mjs: OP_SIGNING_KEY must be an RSA private key (RS256)\n');
	process.exit(2);
}
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'),
	alg: 'RS256', use: 'sig' };

const server = https.createServer(tls);
await new Promise((ok) => server.listen(Number(process.env.OP_PORT || 0), '127.0.0.1', ok));
const port = server.address().port;
const issuer = `https://${host}:${port}`;

const provider = new Provider(issuer, {
	clients: [{
		client_id: clientId, client_secret: secret, redirect_uris: redirects,
		grant_types: ['authorization_code'], response_types: ['code'],
		token_endpoint_auth_method: 'client_secret_basic',
	}],
	pkce: { required: () => true },
	jwks: { keys: [jwk] },
	cookies: { keys: [randomBytes(32).toString('hex')] },
	claims: { openid: ['sub'], profile: ['name'], email: ['email'], groups: ['groups'] },
	// the groups go into the ID token itself (the console reads them there)
	conformIdTokenClaims: false,
	features: { devInteractions: { enabled: false } },
	findAccount: async (_ctx, sub) => {
		const u = bySub.get(sub);
		if (!u)
			return undefined;
		return { accountId: sub, claims: async () => ({ sub, name: u.name, email: u.email,
			groups: u.groups }) };
	},
	// first-party client: consent is implied (oidc-provider's "skip consent" recipe)
	loadExistingGrant: async (ctx) => {
		const id = ctx.oidc.result?.consent?.grantId
			|| ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
		if (id)
			return ctx.oidc.provider.Grant.find(id);
		const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId,
			accountId: ctx.oidc.session.accountId });
		grant.addOIDCScope('openid profile email groups');
		await grant.save();
		return grant;
	},
	interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
	ttl: { AuthorizationCode: 60, IdToken: 600, AccessToken: 600, Session: 3600,
		Interaction: 600, Grant: 3600 },
});

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid, error) {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Sign in - test provider</title></head><body><main>
<h1>Sign in to the test provider</h1>
${error ? `<p id="error" role="alert">${esc(error)}</p>` : ''}
<form method="post" action="/interaction/${esc(uid)}/login">
<label for="login">User name</label> <input id="login" name="login" autocomplete="username" required>
<label for="password">Password</label> <input id="password" name="password" type="password"
 autocomplete="current-password" required>
<button id="submit" type="submit">Sign in</button>
</form></main></body></html>`;
}

async function readForm(req) {
	let body = '';
	for await (const chunk of req) {
		body += chunk;
		if (body.length > 8192)
			throw new Error('form too large');
	}
	return new URLSearchParams(body);
}

const callback = provider.callback();
server.on('request', async (req, res) => {
	const m = /^\/interaction\/([A-Za-z0-9_-]+)(\/login)?$/.exec(req.url);
	if (!m)
		return callback(req, res);
	try {
		const details = await provider.interactionDetails(req, res);
		if (m[1] !== details.uid)
			throw new Error('interaction mismatch');
		if (req.method === 'GET' && !m[2]) {
			res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
			return res.end(loginPage(details.uid));
		}
		if (req.method === 'POST' && m[2]) {
			const form = await readForm(req);
			const u = users.find((x) => x.login === form.get('login'));
			if (!u || u.password !== form.get('password')) {
				res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
				return res.end(loginPage(details.uid, 'Wrong user name or password.'));
			}
			return await provider.interactionFinished(req, res, { login: { accountId: u.sub } },
				{ mergeWithLastSubmission: false });
		}
		res.writeHead(405).end();
	} catch (e) {
		res.writeHead(400, { 'Content-Type': 'text/plain' });
		res.end(`interaction failed: ${e.message}`);
	}
});

process.stdout.write(JSON.stringify({ issuer, discovery: `${issuer}/.well-known/openid-configuration`,
	port, client_id: clientId,
	users: users.map((u) => ({ login: u.login, password: u.password, sub: u.sub,
		groups: u.groups })) }) + '\n');
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
