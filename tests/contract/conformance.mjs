#!/usr/bin/env node
// Contract conformance of sellerpulse-sandbox: drives realistic traffic against a real sandbox
// over HTTPS and validates every response against docs/api/openapi.yaml.
//   node conformance.mjs --self-check                 only prove that the validator can fail
//   node conformance.mjs <path to sellerpulse-sandbox> [--spec docs/api/openapi.yaml]
// Prints one line per check and exits 1 on any mismatch (2 on bad usage).
import { createHash, randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContractValidator } from './ContractValidator.mjs';
import { SandboxRunner } from './SandboxRunner.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const selfCheckOnly = args.includes('--self-check');
const specIndex = args.indexOf('--spec');
const specPath = specIndex >= 0 ? args[specIndex + 1] : resolve(here, '../../docs/api/openapi.yaml');
const binary = args.find((a, i) => !a.startsWith('--') && (specIndex < 0 || i !== specIndex + 1));
if (!selfCheckOnly && !binary) {
  console.error('usage: conformance.mjs --self-check | <sellerpulse-sandbox> [--spec openapi.yaml]');
  process.exit(2);
}

const validator = new ContractValidator(specPath);
let failed = 0;
let passed = 0;
function report(name, failures) {
  if (failures.length === 0) { passed++; console.log(`ok   ${name}`); return; }
  failed++;
  console.log(`FAIL ${name}`);
  for (const failure of failures) console.log(`       - ${failure}`);
}

// ---- Self-check: the validator accepts a right sample and rejects each kind of wrong one. ----
const goodHeaders = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
  'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'accelerometer=(), gyroscope=(), magnetometer=(), camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'x-request-id': 'self-check-1', 'content-type': 'application/problem+json',
};
const goodProblem = { type: 'about:blank', title: 'Wrong email or password', status: 401, detail: 'x',
  code: 'invalid_credentials', request_id: 'self-check-1' };
const login = { method: 'POST', path: '/v1/auth/login', requestId: 'self-check-1' };
const sample = (overrides = {}) => ({ status: 401, headers: { ...goodHeaders }, body: JSON.stringify(goodProblem), ...overrides });
const account = { id: 'acc_1', email: 'a@example.com', display_name: 'A', created_at: '2026-01-01T00:00:00Z' };
const tokenPair = { access_token: 'a', token_type: 'Bearer', expires_in: 900, refresh_token: 'r', refresh_expires_in: 60, account };

// The contract refuses what the server refuses (and allows what it replaces), found by a property-based run.
function contractAgreesWithTheServer() {
  const parameterSchema = (method, path, name) =>
    validator.findOperation(method, path)?.operation.parameters?.map((p) => validator.resolve(p)).find((p) => p.name === name)?.schema;
  const refuses = (schema, value) => !validator.ajv.compile(schema)(value);
  const marketplaceIds = parameterSchema('GET', '/v1/metrics/summary', 'marketplace_ids');
  report('contract: marketplace_ids refuses empty lists and items, allows ids',
    marketplaceIds && ['', ',', 'A1PA6795UKMFR9,', 'a1pa'].every((v) => refuses(marketplaceIds, v))
    && !refuses(marketplaceIds, 'A1PA6795UKMFR9,A1F83G8C2ARO7P') ? [] : ['the schema and the server disagree']);
  const requestId = parameterSchema('POST', '/v1/auth/login', 'X-Request-Id');
  report('contract: any X-Request-Id is allowed (an invalid one is replaced, not refused)',
    requestId && ['', 'not valid!', 'x'.repeat(65)].every((v) => !refuses(requestId, v)) ? [] : ['the schema refuses some']);
  report('contract: PriceChangeRequest refuses an empty marketplace_id',
    validator.validateSchema('PriceChangeRequest', { marketplace_id: '', price: '12.34' }).length > 0
    && validator.validateSchema('PriceChangeRequest', { marketplace_id: 'A1PA6795UKMFR9', price: '12.34' }).length === 0
      ? [] : ['the schema and the server disagree']);
  report('contract: FaultPlan.path_prefix must start with /',
    ['', 'no-slash'].every((p) => validator.validateSchema('FaultPlan', { mode: 'corrupt', path_prefix: p }).length > 0)
    && validator.validateSchema('FaultPlan', { mode: 'corrupt', path_prefix: '/v1/account/exports' }).length === 0
      ? [] : ['the schema and the server disagree']);
  const expense = { description: 'Miete', category: 'warehouse', amount_cents: 1, currency: 'EUR', recurrence: 'once', starts_on: '2025-01-01' };
  const refused = [{ amount_cents: 0 }, { amount_cents: -1 }, { amount_cents: 1.5 }, { amount_cents: '100' }, { currency: 'eur' },
    { currency: 'EURO' }, { description: '' }, { description: '   ' }, { description: 'Rent\nMay' }, { description: 'x'.repeat(201) },
    { description: '🚚'.repeat(201) }, { note: 'x' }, { category: 'fun' }, { recurrence: 'weekly' }, { starts_on: '2025-02-30' },
    { starts_on: undefined }, { sku: '' }];
  const allowed = [{}, { description: 'Lagermiete Größe Süd 🚚' }, { description: '🚚'.repeat(200) },
    { ends_on: null, marketplace_id: null, sku: null }, { ends_on: '2025-01-01', marketplace_id: 'A1PA6795UKMFR9', sku: 'AB-1' }];
  const wrongly = [...refused.filter((o) => validator.validateSchema('ExpenseRequest', { ...expense, ...o }).length === 0),
    ...allowed.filter((o) => validator.validateSchema('ExpenseRequest', { ...expense, ...o }).length > 0)];
  report('contract: ExpenseRequest refuses what the server refuses (code points, not UTF-16 units) and allows the rest',
    wrongly.length === 0 ? [] : wrongly.map((o) => `disagrees on ${JSON.stringify(o)}`));
  const restock = { lead_time_days: 30, safety_days: 14 };
  const restockRefused = [{ lead_time_days: 0 }, { lead_time_days: 366 }, { lead_time_days: 30.5 }, { lead_time_days: '30' },
    { lead_time_days: null }, { lead_time_days: undefined }, { safety_days: -1 }, { safety_days: 366 }, { safety_days: 1.5 },
    { safety_days: undefined }, { sku: 'AB-1' }];
  const restockAllowed = [{}, { lead_time_days: 1, safety_days: 0 }, { lead_time_days: 365, safety_days: 365 }];
  const restockWrongly = [...restockRefused.filter((o) => validator.validateSchema('RestockSettingRequest', { ...restock, ...o }).length === 0),
    ...restockAllowed.filter((o) => validator.validateSchema('RestockSettingRequest', { ...restock, ...o }).length > 0)];
  report('contract: RestockSettingRequest refuses what the server refuses and allows the rest',
    restockWrongly.length === 0 ? [] : restockWrongly.map((o) => `disagrees on ${JSON.stringify(o)}`));
}

function selfCheck() {
  const mustPass = (name, request, response) => report(`self-check accepts ${name}`, validator.validate(request, response));
  // Each wrong sample must be refused for the reason it was made wrong, and only for that.
  const mustFail = (name, request, response, reason) => {
    const failures = validator.validate(request, response);
    report(`self-check rejects ${name}`, failures.length === 0 ? ['the validator accepted a wrong sample']
      : failures.every((f) => reason.test(f)) ? [] : [`unexpected reasons: ${failures.join('; ')}`]);
  };
  mustPass('a documented 401 problem', login, sample());
  mustPass('a token pair', login, sample({ status: 200, body: JSON.stringify(tokenPair),
    headers: { ...goodHeaders, 'content-type': 'application/json', 'cache-control': 'no-store' } }));
  mustFail('an undocumented status (500 on login)', login, sample({ status: 500, body: JSON.stringify({ ...goodProblem, status: 500, code: 'internal_error' }) }), /status 500 is not documented/);
  mustFail('a problem with an unknown code', login, sample({ body: JSON.stringify({ ...goodProblem, code: 'nope' }) }), /body\/code must be equal to one of/);
  mustFail('a problem without request_id', login, sample({ body: JSON.stringify({ ...goodProblem, request_id: undefined }) }), /request_id/);
  mustFail('an error as application/json', login, sample({ headers: { ...goodHeaders, 'content-type': 'application/json' } }), /content type "application\/json" is not documented/);
  mustFail('a token pair missing refresh_token', login, sample({ status: 200,
    body: JSON.stringify({ ...tokenPair, refresh_token: undefined }),
    headers: { ...goodHeaders, 'content-type': 'application/json', 'cache-control': 'no-store' } }), /refresh_token/);
  mustFail('a token pair with an extra field', login, sample({ status: 200,
    body: JSON.stringify({ ...tokenPair, password: 'x' }),
    headers: { ...goodHeaders, 'content-type': 'application/json', 'cache-control': 'no-store' } }), /additional properties \(password\)/);
  mustFail('a token pair without Cache-Control: no-store', login, sample({ status: 200, body: JSON.stringify(tokenPair),
    headers: { ...goodHeaders, 'content-type': 'application/json' } }), /no-store/);
  mustFail('a response without X-Frame-Options', login, sample({ headers: { ...goodHeaders, 'x-frame-options': undefined } }), /x-frame-options/);
  mustFail('a response whose X-Request-Id does not echo the client', login,
    sample({ headers: { ...goodHeaders, 'x-request-id': 'other' } }), /X-Request-Id|request_id/);
  mustFail('a 429 without Retry-After', login, sample({ status: 429,
    body: JSON.stringify({ ...goodProblem, status: 429, code: 'rate_limited', retry_after: 5 }) }), /Retry-After/);
  mustFail('an Account with a bad created_at', { method: 'GET', path: '/v1/account' }, sample({ status: 200,
    body: JSON.stringify({ ...account, created_at: 'yesterday' }), headers: { ...goodHeaders, 'content-type': 'application/json' } }), /created_at must match format/);
  const callback = { method: 'GET', path: '/v1/amazon/callback?state=x' };
  const redirect = (policy) => sample({ status: 302, body: '', headers: { ...goodHeaders, 'content-type': undefined,
    'referrer-policy': policy, 'cache-control': 'no-store',
    location: 'http://127.0.0.1:50000/sellerpulse/amazon-consent?authorization_id=auth_1&error=access_denied' } });
  mustPass('the callback\'s no-referrer redirect to the loopback', callback, redirect('no-referrer'));
  mustFail('the callback\'s redirect with the general Referrer-Policy', callback, redirect('strict-origin-when-cross-origin'), /Referrer-Policy/);
  mustFail('a no-referrer policy where the contract does not document one', login, sample({ headers: { ...goodHeaders, 'referrer-policy': 'no-referrer' } }), /referrer-policy/);
  mustFail('the callback redirecting elsewhere than the loopback', callback, sample({ status: 302, body: '', headers: { ...goodHeaders,
    'content-type': undefined, 'referrer-policy': 'no-referrer', 'cache-control': 'no-store', location: 'https://evil.example/' } }), /Location/);
  mustFail('a 204 with a body', { method: 'POST', path: '/v1/auth/logout' }, sample({ status: 204 }), /documents no body/);
  mustFail('a 200 on a path the contract does not have', { method: 'GET', path: '/v1/nothing' },
    sample({ status: 200, headers: { ...goodHeaders, 'content-type': 'application/json' }, body: '{}' }), /not in the contract/);
}

// ---- Traffic against the real sandbox. ----
let requestCounter = 0;
const secretsSeen = new Set();

// Sends, validates against the contract, and checks the expected status and problem code.
async function check(sandbox, name, request, expectStatus, expectCode) {
  const requestId = request.requestId ?? `conformance-${++requestCounter}`;
  const headers = { 'x-request-id': requestId, ...(request.headers ?? {}) };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  let response;
  try {
    response = await sandbox.send({ ...request, headers });
  } catch (error) {
    report(name, [`no response: ${error.message}`]);
    return { status: 0, json: null };
  }
  const failures = validator.validate({ method: request.method, path: request.path,
    requestId: headers['x-request-id'] }, response);
  if (response.status !== expectStatus) failures.unshift(`status ${response.status}, expected ${expectStatus}`);
  let json = null;
  try { json = response.body ? JSON.parse(response.body) : null; } catch { /* reported by the validator */ }
  if (typeof expectCode === 'string' && json?.code !== expectCode) failures.unshift(`code "${json?.code}", expected "${expectCode}"`);
  if (Array.isArray(expectCode) && !expectCode.includes(json?.code)) failures.unshift(`code "${json?.code}", expected one of ${expectCode.join(', ')}`);
  if (json?.access_token) secretsSeen.add(json.access_token);
  if (json?.refresh_token) secretsSeen.add(json.refresh_token);
  report(`${name} -> ${response.status}${json?.code ? ' ' + json.code : ''}`, failures);
  return { status: response.status, json, headers: response.headers };
}

const post = (path, body, extra = {}) => ({ method: 'POST', path, body, ...extra });
const get = (path, extra = {}) => ({ method: 'GET', path, ...extra });
const del = (path, extra = {}) => ({ method: 'DELETE', path, ...extra });
const SESSION_ENDED = ['refresh_token_reused', 'session_revoked', 'refresh_token_invalid'];

async function mainTraffic(sandbox) {
  const demo = { email: sandbox.demoEmail, password: sandbox.demoPassword };
  report('the sandbox printed the demo account and the admin token',
    demo.email && demo.password && sandbox.adminToken ? [] : ['a SANDBOX line is missing']);
  secretsSeen.add(demo.password);
  secretsSeen.add(sandbox.adminToken);

  await check(sandbox, 'health', get('/v1/health'), 200);
  await check(sandbox, 'health echoes a valid X-Request-Id', get('/v1/health', { requestId: 'my-own_ID-42' }), 200);
  const badId = await check(sandbox, 'health with an invalid X-Request-Id', get('/v1/health', { requestId: 'not valid!' }), 200);
  report('an invalid X-Request-Id is replaced by one the server made',
    badId.headers?.['x-request-id'] && badId.headers['x-request-id'] !== 'not valid!' ? [] : ['it was echoed']);
  const emptyId = await check(sandbox, 'health with an empty X-Request-Id', get('/v1/health', { requestId: '' }), 200);
  report('an empty X-Request-Id is replaced by one the server made',
    /^[A-Za-z0-9_-]{1,64}$/.test(emptyId.headers?.['x-request-id'] ?? '') ? [] : ['no id was made']);

  // Sign-in and its bad inputs.
  const first = await check(sandbox, 'login ok', post('/v1/auth/login', { ...demo, client_name: 'conformance' }), 200);
  const wrongPassword = await check(sandbox, 'login wrong password', post('/v1/auth/login', { email: demo.email, password: 'not-the-password' }), 401, 'invalid_credentials');
  const wrongEmail = await check(sandbox, 'login unknown email', post('/v1/auth/login', { email: 'nobody@sellerpulse.test', password: 'not-the-password' }), 401, 'invalid_credentials');
  report('wrong email and wrong password answer alike', wrongPassword.json?.title === wrongEmail.json?.title
    && wrongPassword.json?.detail === wrongEmail.json?.detail ? [] : ['titles or details differ']);
  await check(sandbox, 'login malformed JSON', post('/v1/auth/login', '{"email": "a@b.c", "password": '), 400, 'invalid_json');
  await check(sandbox, 'login wrong content type', post('/v1/auth/login', 'email=a@b.c&password=x', { contentType: 'text/plain' }), 415, 'unsupported_media_type');
  await check(sandbox, 'login oversized body', post('/v1/auth/login', { email: demo.email, password: 'x'.repeat(70 * 1024) }), 413, 'payload_too_large');
  const unknownField = await check(sandbox, 'login unknown field', post('/v1/auth/login', { ...demo, admin: true }), 400, 'validation_failed');
  report('validation_failed names the offending field', unknownField.json?.errors?.some((e) => e.field === 'admin') ? [] : ['no errors[] entry for "admin"']);
  await check(sandbox, 'login missing password', post('/v1/auth/login', { email: demo.email }), 400, 'validation_failed');
  await check(sandbox, 'login wrong type', post('/v1/auth/login', { email: demo.email, password: 42 }), 400, 'validation_failed');
  await check(sandbox, 'login body is an array', post('/v1/auth/login', '[]'), 400, ['validation_failed', 'invalid_json']);
  if (!first.json) return;
  const access = first.json.access_token;

  // Account and sessions.
  await check(sandbox, 'account', get('/v1/account', { token: access }), 200);
  await check(sandbox, 'account without a token', get('/v1/account'), 401, 'unauthorized');
  await check(sandbox, 'account with a forged token', get('/v1/account', { token: access.slice(0, -4) + 'AAAA' }), 401, 'unauthorized');
  const second = await check(sandbox, 'login again (second session)', post('/v1/auth/login', demo), 200);
  const sessions = await check(sandbox, 'sessions', get('/v1/sessions', { token: access }), 200);
  report('sessions lists both, one current', sessions.json?.sessions?.length >= 2
    && sessions.json.sessions.filter((s) => s.current).length === 1 ? [] : [`got ${JSON.stringify(sessions.json)}`]);

  // Another account, through the admin endpoint.
  const other = { email: 'other@sellerpulse.test', password: 'other-password-123', display_name: 'Other Seller' };
  await check(sandbox, 'admin create account', post('/admin/v1/accounts', other, { headers: { 'x-sandbox-admin-token': sandbox.adminToken } }), 201);
  await check(sandbox, 'admin create existing account', post('/admin/v1/accounts', other, { headers: { 'x-sandbox-admin-token': sandbox.adminToken } }), 409, 'account_exists');
  await check(sandbox, 'admin create with a wrong admin token', post('/admin/v1/accounts', { ...other, email: 'x@sellerpulse.test' }, { headers: { 'x-sandbox-admin-token': 'wrong' } }), 401, 'unauthorized');
  await check(sandbox, 'admin create with a weak password', post('/admin/v1/accounts', { email: 'y@sellerpulse.test', password: 'short' }, { headers: { 'x-sandbox-admin-token': sandbox.adminToken } }), 400);
  const otherLogin = await check(sandbox, 'login other account', post('/v1/auth/login', { email: other.email, password: other.password }), 200);
  const otherSessions = await check(sandbox, 'sessions of the other account', get('/v1/sessions', { token: otherLogin.json?.access_token }), 200);
  const otherSessionId = otherSessions.json?.sessions?.[0]?.id ?? 'missing';
  report('one account does not see the other one\'s sessions',
    sessions.json?.sessions?.some((s) => s.id === otherSessionId) ? ['the demo account lists the other account\'s session'] : []);
  await check(sandbox, 'delete another account\'s session', del(`/v1/sessions/${otherSessionId}`, { token: access }), 404, 'not_found');
  await check(sandbox, 'delete a session that does not exist', del('/v1/sessions/does-not-exist', { token: access }), 404, 'not_found');
  await check(sandbox, 'the other account\'s session still works', get('/v1/account', { token: otherLogin.json?.access_token }), 200);
  const ownOther = sessions.json?.sessions?.find((s) => !s.current);
  if (ownOther) {
    await check(sandbox, 'delete own other session', del(`/v1/sessions/${ownOther.id}`, { token: access }), 204);
    await check(sandbox, 'the deleted session\'s access token', get('/v1/account', { token: second.json?.access_token }), 401, ['session_revoked', 'unauthorized']);
  } else {
    report('sessions lists the second session', ['no non-current session listed']);
  }

  // Refresh, rotation and reuse.
  const refreshed = await check(sandbox, 'refresh', post('/v1/auth/refresh', { refresh_token: first.json.refresh_token }), 200);
  report('refresh rotates the refresh token', refreshed.json && refreshed.json.refresh_token !== first.json.refresh_token ? [] : ['same token back']);
  // The replaced token once more within the 60 s grace window: the same refresh token back.
  const replayed = await check(sandbox, 'refresh replay within the grace window', post('/v1/auth/refresh', { refresh_token: first.json.refresh_token }), 200);
  report('a replay answers the same refresh token', replayed.json && refreshed.json && replayed.json.refresh_token === refreshed.json.refresh_token ? [] : ['another token back']);
  await check(sandbox, 'refresh reuse', post('/v1/auth/refresh', { refresh_token: first.json.refresh_token }), 401, 'refresh_token_reused');
  if (refreshed.json) await check(sandbox, 'refresh with the rotated token after reuse', post('/v1/auth/refresh', { refresh_token: refreshed.json.refresh_token }), 401, SESSION_ENDED);
  await check(sandbox, 'refresh unknown token', post('/v1/auth/refresh', { refresh_token: 'unknown-token' }), 401, 'refresh_token_invalid');
  await check(sandbox, 'refresh malformed JSON', post('/v1/auth/refresh', '{'), 400, 'invalid_json');

  // Logout and logout-all.
  const third = await check(sandbox, 'login for logout', post('/v1/auth/login', demo), 200);
  await check(sandbox, 'logout', post('/v1/auth/logout', { refresh_token: third.json?.refresh_token }), 204);
  await check(sandbox, 'refresh after logout', post('/v1/auth/refresh', { refresh_token: third.json?.refresh_token }), 401, SESSION_ENDED);
  await check(sandbox, 'logout with an unknown token (idempotent)', post('/v1/auth/logout', { refresh_token: 'unknown-token' }), 204);
  await check(sandbox, 'logout with a wrong content type', post('/v1/auth/logout', 'x', { contentType: 'text/plain' }), 415, 'unsupported_media_type');
  await check(sandbox, 'logout-all without a token', post('/v1/auth/logout-all'), 401, 'unauthorized');
  const fourth = await check(sandbox, 'login for logout-all', post('/v1/auth/login', demo), 200);
  const fifth = await check(sandbox, 'login on another device', post('/v1/auth/login', demo), 200);
  await check(sandbox, 'logout-all', post('/v1/auth/logout-all', undefined, { token: fourth.json?.access_token }), 204);
  await check(sandbox, 'account after logout-all', get('/v1/account', { token: fourth.json?.access_token }), 401, ['session_revoked', 'unauthorized']);
  await check(sandbox, 'the other device after logout-all', get('/v1/account', { token: fifth.json?.access_token }), 401, ['session_revoked', 'unauthorized']);
  await check(sandbox, 'refresh after logout-all', post('/v1/auth/refresh', { refresh_token: fifth.json?.refresh_token }), 401, SESSION_ENDED);

  // Password change on the other account (the demo password stays printable).
  const otherAccess = otherLogin.json?.access_token;
  await check(sandbox, 'change password weak', post('/v1/account/password', { current_password: other.password, new_password: 'short' }, { token: otherAccess }), 400, ['weak_password', 'validation_failed']);
  await check(sandbox, 'change password to the same', post('/v1/account/password', { current_password: other.password, new_password: other.password }, { token: otherAccess }), 400, 'weak_password');
  await check(sandbox, 'change password wrong current', post('/v1/account/password', { current_password: 'wrong-password-1', new_password: 'a-new-password-1' }, { token: otherAccess }), 403, 'invalid_credentials');
  await check(sandbox, 'change password unknown field', post('/v1/account/password', { current_password: other.password, new_password: 'a-new-password-1', force: true }, { token: otherAccess }), 400, 'validation_failed');
  await check(sandbox, 'change password without a token', post('/v1/account/password', { current_password: other.password, new_password: 'a-new-password-1' }), 401, 'unauthorized');
  const changed = await check(sandbox, 'change password ok', post('/v1/account/password', { current_password: other.password, new_password: 'a-new-password-1' }, { token: otherAccess }), 200);
  await check(sandbox, 'old access token after the change', get('/v1/account', { token: otherAccess }), 401, 'password_changed');
  await check(sandbox, 'old refresh token after the change', post('/v1/auth/refresh', { refresh_token: otherLogin.json?.refresh_token }), 401, 'password_changed');
  if (changed.json) await check(sandbox, 'the new token pair works', get('/v1/account', { token: changed.json.access_token }), 200);
  await check(sandbox, 'login with the old password', post('/v1/auth/login', { email: other.email, password: other.password }), 401, 'invalid_credentials');

  // Paths and methods the contract does not have.
  await check(sandbox, 'unknown path', get('/v1/nothing-here'), 404, 'not_found');
  await check(sandbox, 'unknown path outside /v1', get('/'), 404, 'not_found');
  await check(sandbox, 'wrong method', get('/v1/auth/login'), 405, 'method_not_allowed');
}

async function rateLimitTraffic(sandbox) {
  // Refresh counts every attempt per session family: the third one within the window is refused.
  const session = await check(sandbox, 'rate limit: login', post('/v1/auth/login', { email: sandbox.demoEmail, password: sandbox.demoPassword }), 200);
  let refreshToken = session.json?.refresh_token;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const answer = await check(sandbox, `rate limit: refresh ${attempt}`, post('/v1/auth/refresh', { refresh_token: refreshToken }),
      attempt <= 2 ? 200 : 429, attempt <= 2 ? undefined : 'rate_limited');
    refreshToken = answer.json?.refresh_token ?? refreshToken;
  }
  // Password change counts every attempt per account.
  const other = { email: 'limited@sellerpulse.test', password: 'limited-password-1' };
  await check(sandbox, 'rate limit: admin create account', post('/admin/v1/accounts', other, { headers: { 'x-sandbox-admin-token': sandbox.adminToken } }), 201);
  const otherSession = await check(sandbox, 'rate limit: login other account', post('/v1/auth/login', other), 200);
  for (let attempt = 1; attempt <= 3; attempt++) {
    await check(sandbox, `rate limit: password change with a wrong current password ${attempt}`,
      post('/v1/account/password', { current_password: 'wrong-password-1', new_password: 'a-new-password-1' }, { token: otherSession.json?.access_token }),
      attempt <= 2 ? 403 : 429, attempt <= 2 ? 'invalid_credentials' : 'rate_limited');
  }

  // Disconnect and deletion count every attempt per account too.
  const limitedToken = otherSession.json?.access_token;
  for (let attempt = 1; attempt <= 3; attempt++)
    await check(sandbox, `rate limit: disconnect ${attempt}`, del('/v1/amazon/connection', { token: limitedToken }),
      attempt <= 2 ? 204 : 429, attempt <= 2 ? undefined : 'rate_limited');
  for (let attempt = 1; attempt <= 3; attempt++)
    await check(sandbox, `rate limit: deletion with a wrong password ${attempt}`, post('/v1/account/deletion', { password: 'wrong-password-1' }, { token: limitedToken }),
      attempt <= 2 ? 403 : 429, attempt <= 2 ? 'invalid_password' : 'rate_limited');

  // Failed sign-ins count per email and per client address: this comes last, as it closes the
  // window for every sign-in from 127.0.0.1.
  const email = sandbox.demoEmail;
  let limited = null;
  for (let attempt = 1; attempt <= 4 && !limited; attempt++) {
    const answer = await check(sandbox, `rate limit: failed login ${attempt}`, post('/v1/auth/login', { email, password: 'wrong-password' }),
      attempt <= 2 ? 401 : 429, attempt <= 2 ? 'invalid_credentials' : 'rate_limited');
    if (answer.status === 429) limited = answer;
  }
  report('rate limit reached after 2 failed logins (--rate-limit 2)', limited ? [] : ['no 429']);
  // Even the right password is refused while the window is closed.
  await check(sandbox, 'rate limit: right password while limited', post('/v1/auth/login', { email, password: sandbox.demoPassword }), 429, 'rate_limited');
}

// Every group's original total is the sum of its events + the reserve released - the reserve held (issue 17).
function settlementSumErrors(allRows) {
  const events = allRows['/v1/financial-events'];
  const groups = allRows['/v1/settlements'];
  if (!events || !groups) return ['a listing was not read to its end'];
  const sums = new Map();
  const counts = new Map();
  const errors = [];
  for (const event of events) {
    if (!event.settlement_id) { errors.push(`event ${event.id} has no settlement`); continue; }
    const cents = Math.round(Number(event.amount) * 100);
    sums.set(event.settlement_id, (sums.get(event.settlement_id) ?? 0) + cents);
    counts.set(event.settlement_id, (counts.get(event.settlement_id) ?? 0) + 1);
  }
  const ids = new Set(groups.map((group) => group.id));
  for (const id of sums.keys()) if (!ids.has(id)) errors.push(`events name an unknown settlement ${id}`);
  for (const group of groups) {
    const expected = (sums.get(group.id) ?? 0) + group.reserve_released_cents - group.reserve_held_cents;
    if (group.original_total_cents !== expected)
      errors.push(`${group.id} (${group.status}): total ${group.original_total_cents}, events make ${expected}`);
    if ((counts.get(group.id) ?? 0) !== group.event_count)
      errors.push(`${group.id}: event_count ${group.event_count}, ${counts.get(group.id) ?? 0} events`);
  }
  if (!groups.some((group) => group.status === 'closed')) errors.push('no closed group');
  if (!groups.some((group) => group.status === 'open')) errors.push('no open group');
  return errors.slice(0, 5);
}

async function dataTraffic(sandbox) {
  const admin = { headers: { 'x-sandbox-admin-token': sandbox.adminToken } };
  const session = await check(sandbox, 'data: login', post('/v1/auth/login', { email: sandbox.demoEmail, password: sandbox.demoPassword }), 200);
  const token = session.json?.access_token;
  await check(sandbox, 'data: marketplaces', get('/v1/marketplaces', { token }), 200);
  await check(sandbox, 'data: marketplaces without a token', get('/v1/marketplaces'), 401, 'unauthorized');
  const listings = [['/v1/orders', 'orders'], ['/v1/products', 'products'], ['/v1/inventory', 'inventory'],
    ['/v1/financial-events', 'financial_events'], ['/v1/unit-costs', 'unit_costs'],
    ['/v1/exchange-rates', 'exchange_rates'], ['/v1/settlements', 'settlements'], ['/v1/expenses', 'expenses']];
  const lastCursor = {};
  const allRows = {}; // path -> rows, when the listing was read to its end
  for (const [path, key] of listings) {
    // Every page of every listing is validated against the contract.
    let cursor = null;
    let rows = 0;
    for (let page = 1; page <= 50; page++) {
      const answer = await check(sandbox, `data: ${path} page ${page}`,
        get(`${path}?limit=1000${cursor ? `&cursor=${cursor}` : ''}`, { token }), 200);
      rows += answer.json?.[key]?.length ?? 0;
      (allRows[path] ??= []).push(...(answer.json?.[key] ?? []));
      cursor = answer.json?.next_cursor;
      if (!answer.json?.has_more) break;
      if (page === 50) delete allRows[path];
    }
    lastCursor[path] = cursor;
    report(`data: ${path} has rows`, rows > 0 ? [] : ['no rows']);
    await check(sandbox, `data: ${path} without a token`, get(path), 401, 'unauthorized');
    await check(sandbox, `data: ${path} limit 0`, get(`${path}?limit=0`, { token }), 400, 'validation_failed');
    await check(sandbox, `data: ${path} limit abc`, get(`${path}?limit=abc`, { token }), 400, 'validation_failed');
    await check(sandbox, `data: ${path} bad updated_since`, get(`${path}?updated_since=yesterday`, { token }), 400, 'validation_failed');
    await check(sandbox, `data: ${path} updated_since`, get(`${path}?updated_since=2026-01-01T00:00:00Z&limit=5`, { token }), 200);
    await check(sandbox, `data: ${path} malformed cursor`, get(`${path}?cursor=not-a-cursor`, { token }), 400, 'invalid_cursor');
  }
  report('settlements: groups sum to their events', settlementSumErrors(allRows));
  await check(sandbox, 'data: a financial events cursor on settlements',
    get(`/v1/settlements?cursor=${lastCursor['/v1/financial-events']}`, { token }), 400, 'invalid_cursor');
  await check(sandbox, 'data: an orders cursor on products', get(`/v1/products?cursor=${lastCursor['/v1/orders']}`, { token }), 400, 'invalid_cursor');

  // Issue 4: the ground truth per currency and the seller's unit costs.
  await check(sandbox, 'metrics: all marketplaces', get('/v1/metrics/summary?from=2025-01-01&to=2026-12-31', { token }), 200);
  await check(sandbox, 'metrics: EUR and GBP marketplaces',
    get('/v1/metrics/summary?from=2025-01-01&to=2026-12-31&marketplace_ids=A1PA6795UKMFR9,A1F83G8C2ARO7P', { token }), 200);
  await check(sandbox, 'metrics: without a token', get('/v1/metrics/summary?from=2025-01-01&to=2025-01-31'), 401, 'unauthorized');
  await check(sandbox, 'metrics: to before from', get('/v1/metrics/summary?from=2025-02-01&to=2025-01-31', { token }), 400, 'validation_failed');
  await check(sandbox, 'metrics: unknown marketplace', get('/v1/metrics/summary?from=2025-01-01&to=2025-01-31&marketplace_ids=X', { token }), 400, 'validation_failed');
  const emptyIds = await check(sandbox, 'metrics: empty marketplace_ids', get('/v1/metrics/summary?from=2025-01-01&to=2025-01-31&marketplace_ids=', { token }), 400, 'validation_failed');
  report('metrics: the problem names the query parameter', emptyIds.json?.errors?.[0]?.field === 'marketplace_ids'
    && !/body/.test(emptyIds.json?.detail ?? '') ? [] : [`got ${JSON.stringify(emptyIds.json)}`]);
  const someProduct = await check(sandbox, 'unit costs: a product', get('/v1/products?limit=1', { token }), 200);
  const sku = someProduct.json?.products?.[0]?.sku ?? 'none';
  const putCost = (path, body, extra = {}) => ({ method: 'PUT', path, body, ...extra });
  await check(sandbox, 'unit costs: put', putCost(`/v1/unit-costs/${encodeURIComponent(sku)}`,
    { currency: 'EUR', unit_cost: '4.20', effective_from: '2025-03-01' }, { token }), 200);
  await check(sandbox, 'unit costs: put a negative cost', putCost(`/v1/unit-costs/${encodeURIComponent(sku)}`,
    { currency: 'EUR', unit_cost: '-4.20', effective_from: '2025-03-01' }, { token }), 400, 'validation_failed');
  await check(sandbox, 'unit costs: put an unknown SKU', putCost('/v1/unit-costs/NO-SUCH-SKU',
    { currency: 'EUR', unit_cost: '4.20', effective_from: '2025-03-01' }, { token }), 404, 'not_found');
  await check(sandbox, 'unit costs: put without a token', putCost(`/v1/unit-costs/${encodeURIComponent(sku)}`,
    { currency: 'EUR', unit_cost: '4.20', effective_from: '2025-03-01' }), 401, 'unauthorized');
  await check(sandbox, 'unit costs: the change after the last cursor', get(`/v1/unit-costs?cursor=${lastCursor['/v1/unit-costs']}`, { token }), 200);

  // Issue 17: the seller's expenses. Create, replace and delete (a tombstone in the listing), each bad body.
  const expense = { description: 'Lagermiete Süd – Büro für Größe 🚚', category: 'warehouse', amount_cents: 45000,
    currency: 'EUR', recurrence: 'monthly', starts_on: '2025-01-31', ends_on: null, marketplace_id: 'A1PA6795UKMFR9', sku: null };
  const created = await check(sandbox, 'expenses: create', post('/v1/expenses', expense, { token }), 201);
  const expenseId = created.json?.id ?? 'missing';
  report('expenses: the created expense is what was sent, with its id and Location',
    Object.entries(expense).every(([key, value]) => created.json?.[key] === value) && created.json?.deleted === false
      && created.headers?.location === `/v1/expenses/${expenseId}` ? [] : [`got ${JSON.stringify(created.json)}`]);
  await check(sandbox, 'expenses: create once, for a SKU', post('/v1/expenses', { description: 'Fotos', category: 'professional_services',
    amount_cents: 24900, currency: 'CHF', recurrence: 'once', starts_on: '2025-03-01', ends_on: '2025-03-01', sku }, { token }), 201);
  const afterCreate = await check(sandbox, 'expenses: the new ones after the last cursor', get(`/v1/expenses?cursor=${lastCursor['/v1/expenses']}`, { token }), 200);
  report('expenses: exactly the two new expenses after the cursor', afterCreate.json?.expenses?.length === 2 ? [] : [`got ${afterCreate.json?.expenses?.length}`]);
  const expensePath = `/v1/expenses/${encodeURIComponent(expenseId)}`;
  const replaced = await check(sandbox, 'expenses: replace', putCost(expensePath, { ...expense, recurrence: 'yearly', amount_cents: 120000 }, { token }), 200);
  report('expenses: a replace keeps the id and created_at', replaced.json?.id === expenseId && replaced.json?.created_at === created.json?.created_at
    && replaced.json?.amount_cents === 120000 ? [] : [`got ${JSON.stringify(replaced.json)}`]);
  await check(sandbox, 'expenses: replace an unknown expense', putCost('/v1/expenses/exp_unknown', expense, { token }), 404, 'not_found');
  await check(sandbox, 'expenses: replace without a token', putCost(expensePath, expense), 401, 'unauthorized');
  await check(sandbox, 'expenses: create without a token', post('/v1/expenses', expense), 401, 'unauthorized');
  await check(sandbox, 'expenses: a bad currency', post('/v1/expenses', { ...expense, currency: 'EURO' }, { token }), 400, 'validation_failed');
  await check(sandbox, 'expenses: an unknown currency', post('/v1/expenses', { ...expense, currency: 'XYZ' }, { token }), 400, 'validation_failed');
  await check(sandbox, 'expenses: a negative amount', post('/v1/expenses', { ...expense, amount_cents: -45000 }, { token }), 400, 'validation_failed');
  await check(sandbox, 'expenses: ends before it starts', post('/v1/expenses', { ...expense, ends_on: '2025-01-30' }, { token }), 400, 'validation_failed');
  await check(sandbox, 'expenses: a once expense ending later', post('/v1/expenses', { ...expense, recurrence: 'once', ends_on: '2025-02-28' }, { token }), 400, 'validation_failed');
  await check(sandbox, 'expenses: a description of 201 characters', post('/v1/expenses', { ...expense, description: 'x'.repeat(201) }, { token }), 400, 'validation_failed');
  await check(sandbox, 'expenses: an unknown field', post('/v1/expenses', { ...expense, note: 'x' }, { token }), 400, 'validation_failed');
  await check(sandbox, 'expenses: an unknown marketplace', post('/v1/expenses', { ...expense, marketplace_id: 'NOPE' }, { token }), 400, 'validation_failed');
  await check(sandbox, 'expenses: not JSON', post('/v1/expenses', 'description=Rent', { token }), 400, 'invalid_json');
  await check(sandbox, 'expenses: as text', post('/v1/expenses', JSON.stringify(expense), { token, contentType: 'text/plain' }), 415, 'unsupported_media_type');
  const beforeDelete = await check(sandbox, 'expenses: the listing before the delete', get('/v1/expenses?limit=1000', { token }), 200);
  await check(sandbox, 'expenses: delete without a token', del(expensePath), 401, 'unauthorized');
  await check(sandbox, 'expenses: delete', del(expensePath, { token }), 204);
  await check(sandbox, 'expenses: delete again (idempotent)', del(expensePath, { token }), 204);
  await check(sandbox, 'expenses: delete an unknown expense', del('/v1/expenses/exp_unknown', { token }), 404, 'not_found');
  await check(sandbox, 'expenses: replace a deleted expense', putCost(expensePath, expense, { token }), 404, 'not_found');
  const tombstones = await check(sandbox, 'expenses: the delete after the cursor', get(`/v1/expenses?cursor=${beforeDelete.json?.next_cursor}`, { token }), 200);
  report('expenses: the deleted expense comes again as a tombstone, once', tombstones.json?.expenses?.length === 1
    && tombstones.json.expenses[0].id === expenseId && tombstones.json.expenses[0].deleted === true ? [] : [`got ${JSON.stringify(tombstones.json)}`]);
  await check(sandbox, 'expenses: a unit costs cursor', get(`/v1/expenses?cursor=${lastCursor['/v1/unit-costs']}`, { token }), 400, 'invalid_cursor');

  // Issue 18: the seller's restock settings. Empty until set; a SKU's and the default; a removed one is a tombstone.
  const restockPath = `/v1/restock-settings/${encodeURIComponent(sku)}`;
  const empty = await check(sandbox, 'restock: the listing of a new account', get('/v1/restock-settings', { token }), 200);
  report('restock: no row before the seller sets one (clients use 30 and 14)', empty.json?.restock_settings?.length === 0
    && empty.json?.has_more === false ? [] : [`got ${JSON.stringify(empty.json)}`]);
  const own = await check(sandbox, 'restock: put a SKU', putCost(restockPath, { lead_time_days: 45, safety_days: 10 }, { token }), 200);
  report('restock: the SKU\'s setting is what was sent', own.json?.sku === sku && own.json?.lead_time_days === 45
    && own.json?.safety_days === 10 && own.json?.deleted === false ? [] : [`got ${JSON.stringify(own.json)}`]);
  const byDefault = await check(sandbox, 'restock: put the default', putCost('/v1/restock-default', { lead_time_days: 21, safety_days: 7 }, { token }), 200);
  report('restock: the default has sku null', byDefault.json?.sku === null ? [] : [`got ${JSON.stringify(byDefault.json)}`]);
  await check(sandbox, 'restock: put a SKU with a lead time of 0', putCost(restockPath, { lead_time_days: 0, safety_days: 10 }, { token }), 400, 'validation_failed');
  await check(sandbox, 'restock: put a fractional safety', putCost(restockPath, { lead_time_days: 30, safety_days: 1.5 }, { token }), 400, 'validation_failed');
  await check(sandbox, 'restock: put the default with an unknown field', putCost('/v1/restock-default', { lead_time_days: 30, safety_days: 14, sku }, { token }), 400, 'validation_failed');
  await check(sandbox, 'restock: put the default as text', putCost('/v1/restock-default', 'lead_time_days=30', { token, contentType: 'text/plain' }), 415, 'unsupported_media_type');
  await check(sandbox, 'restock: put an unknown SKU', putCost('/v1/restock-settings/NO-SUCH-SKU', { lead_time_days: 30, safety_days: 14 }, { token }), 404, 'not_found');
  await check(sandbox, 'restock: put without a token', putCost(restockPath, { lead_time_days: 30, safety_days: 14 }), 401, 'unauthorized');
  await check(sandbox, 'restock: put the default without a token', putCost('/v1/restock-default', { lead_time_days: 30, safety_days: 14 }), 401, 'unauthorized');
  const restockRows = await check(sandbox, 'restock: the listing', get('/v1/restock-settings?limit=1', { token }), 200);
  await check(sandbox, 'restock: the listing\'s second page', get(`/v1/restock-settings?limit=1&cursor=${restockRows.json?.next_cursor}`, { token }), 200);
  await check(sandbox, 'restock: the listing without a token', get('/v1/restock-settings'), 401, 'unauthorized');
  await check(sandbox, 'restock: the listing with limit 0', get('/v1/restock-settings?limit=0', { token }), 400, 'validation_failed');
  await check(sandbox, 'restock: the listing with a bad updated_since', get('/v1/restock-settings?updated_since=yesterday', { token }), 400, 'validation_failed');
  await check(sandbox, 'restock: the listing with updated_since', get('/v1/restock-settings?updated_since=2026-01-01T00:00:00Z', { token }), 200);
  await check(sandbox, 'restock: an expenses cursor', get(`/v1/restock-settings?cursor=${beforeDelete.json?.next_cursor}`, { token }), 400, 'invalid_cursor');
  const beforeRemove = await check(sandbox, 'restock: the listing before the delete', get('/v1/restock-settings', { token }), 200);
  await check(sandbox, 'restock: delete without a token', del(restockPath), 401, 'unauthorized');
  await check(sandbox, 'restock: delete', del(restockPath, { token }), 204);
  await check(sandbox, 'restock: delete again', del(restockPath, { token }), 404, 'not_found');
  await check(sandbox, 'restock: delete an unknown SKU', del('/v1/restock-settings/NO-SUCH-SKU', { token }), 404, 'not_found');
  const removed = await check(sandbox, 'restock: the delete after the cursor', get(`/v1/restock-settings?cursor=${beforeRemove.json?.next_cursor}`, { token }), 200);
  report('restock: the removed setting comes again as a tombstone, once', removed.json?.restock_settings?.length === 1
    && removed.json.restock_settings[0].sku === sku && removed.json.restock_settings[0].deleted === true ? [] : [`got ${JSON.stringify(removed.json)}`]);

  // The clock moves; the incremental listing from the last cursor is a valid page too.
  await check(sandbox, 'data: clock advance', post('/admin/v1/clock/advance', { seconds: 86400, changed_fraction: 0.01 }, admin), 200);
  await check(sandbox, 'data: clock advance without the admin token', post('/admin/v1/clock/advance', { seconds: 60 }), 401, 'unauthorized');
  await check(sandbox, 'data: clock advance with a negative time', post('/admin/v1/clock/advance', { seconds: -1 }, admin), 400, 'validation_failed');
  await check(sandbox, 'data: clock advance with an unknown field', post('/admin/v1/clock/advance', { minutes: 1 }, admin), 400, 'validation_failed');
  await check(sandbox, 'data: incremental orders', get(`/v1/orders?cursor=${lastCursor['/v1/orders']}`, { token }), 200);
  // Issue 17: the groups still sum exactly to their events after the advance (incremental pages merged by id).
  for (const [path, key] of [['/v1/financial-events', 'financial_events'], ['/v1/settlements', 'settlements']]) {
    for (let page = 1; page <= 50 && allRows[path]; page++) {
      const answer = await check(sandbox, `data: incremental ${path} page ${page}`,
        get(`${path}?limit=1000&cursor=${lastCursor[path]}`, { token }), 200);
      const byId = new Map(allRows[path].map((row) => [row.id, row]));
      for (const row of answer.json?.[key] ?? []) byId.set(row.id, row);
      allRows[path] = [...byId.values()];
      lastCursor[path] = answer.json?.next_cursor;
      if (!answer.json?.has_more) break;
    }
  }
  report('settlements: groups sum to their events after a clock advance', settlementSumErrors(allRows));
  // Issue 16: a day later the rates listing from the last cursor holds only the newly published days.
  const newRates = await check(sandbox, 'exchange rates: incremental', get(`/v1/exchange-rates?cursor=${lastCursor['/v1/exchange-rates']}`, { token }), 200);
  const newDays = newRates.json?.exchange_rates ?? [];
  report('exchange rates: an incremental page holds at most the new day', newDays.length <= 1 ? [] : [`${newDays.length} days`]);
  await check(sandbox, 'exchange rates: an orders cursor', get(`/v1/exchange-rates?cursor=${lastCursor['/v1/orders']}`, { token }), 400, 'invalid_cursor');

  // Faults answer as the contract documents (drop and truncate break HTTP or JSON on purpose: not checked here).
  const put = (path, body, extra = {}) => ({ method: 'PUT', path, body, ...extra });
  await check(sandbox, 'data: fault plan 503', put('/admin/v1/faults', { mode: 'status', status: 503, retry_after: 2 }, admin), 200);
  await check(sandbox, 'data: orders under 503', get('/v1/orders', { token }), 503, 'service_unavailable');
  await check(sandbox, 'data: fault plan 429', put('/admin/v1/faults', { mode: 'status', status: 429, retry_after: 3 }, admin), 200);
  await check(sandbox, 'data: financial events under 429', get('/v1/financial-events', { token }), 429, 'rate_limited');
  await check(sandbox, 'expenses: the listing under 429', get('/v1/expenses', { token }), 429, 'rate_limited');
  await check(sandbox, 'expenses: a write is never faulted', post('/v1/expenses', { ...expense, recurrence: 'yearly' }, { token }), 201);
  await check(sandbox, 'restock: the listing under 429', get('/v1/restock-settings', { token }), 429, 'rate_limited');
  await check(sandbox, 'restock: a write is never faulted', putCost('/v1/restock-default', { lead_time_days: 30, safety_days: 14 }, { token }), 200);
  await check(sandbox, 'data: fault plan 500 once', put('/admin/v1/faults', { mode: 'status', status: 500, count: 1 }, admin), 200);
  await check(sandbox, 'data: products under 500', get('/v1/products', { token }), 500, 'internal_error');
  await check(sandbox, 'data: products after the one fault', get('/v1/products', { token }), 200);
  await check(sandbox, 'data: fault plan slow', put('/admin/v1/faults', { mode: 'slow', delay_ms: 200 }, admin), 200);
  await check(sandbox, 'data: inventory, slowly', get('/v1/inventory?limit=5', { token }), 200);
  await check(sandbox, 'data: a bad fault plan', put('/admin/v1/faults', { mode: 'explode' }, admin), 400, 'validation_failed');
  await check(sandbox, 'data: a fault plan without the admin token', put('/admin/v1/faults', { mode: 'drop' }), 401, 'unauthorized');
  await check(sandbox, 'data: clear faults', del('/admin/v1/faults', admin), 204);
  await check(sandbox, 'data: orders after clearing', get('/v1/orders?limit=5', { token }), 200);
}

async function accountDataTraffic(sandbox) {
  const admin = { headers: { 'x-sandbox-admin-token': sandbox.adminToken } };
  const session = await check(sandbox, 'amazon: login', post('/v1/auth/login', { email: sandbox.demoEmail, password: sandbox.demoPassword }), 200);
  const token = session.json?.access_token;
  const accountId = session.json?.account?.id ?? 'missing';
  await check(sandbox, 'amazon: connection before connecting', get('/v1/amazon/connection', { token }), 200);
  await check(sandbox, 'amazon: connection without a token', get('/v1/amazon/connection'), 401, 'unauthorized');
  // The app's part of the binding (RFC 7636 S256, RFC 8252 loopback): a verifier, its challenge, a port.
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const startBody = (region = 'eu') => ({ region, code_challenge: challenge, code_challenge_method: 'S256', redirect_port: 50321 });
  await check(sandbox, 'amazon: authorization for an unknown region', post('/v1/amazon/authorizations', startBody('mars'), { token }), 400, 'validation_failed');
  await check(sandbox, 'amazon: authorization with an unknown field', post('/v1/amazon/authorizations', { ...startBody(), scope: 'all' }, { token }), 400, 'validation_failed');
  await check(sandbox, 'amazon: authorization without a challenge', post('/v1/amazon/authorizations', { region: 'eu' }, { token }), 400, 'validation_failed');
  await check(sandbox, 'amazon: authorization with the plain method', post('/v1/amazon/authorizations', { ...startBody(), code_challenge_method: 'plain' }, { token }), 400, 'validation_failed');
  await check(sandbox, 'amazon: authorization with a privileged port', post('/v1/amazon/authorizations', { ...startBody(), redirect_port: 80 }, { token }), 400, 'validation_failed');
  const started = await check(sandbox, 'amazon: start an authorization', post('/v1/amazon/authorizations', startBody(), { token }), 201);
  const authorizationPath = `/v1/amazon/authorizations/${started.json?.id}`;
  await check(sandbox, 'amazon: connection while pending', get('/v1/amazon/connection', { token }), 200);
  await check(sandbox, 'amazon: poll the authorization', get(authorizationPath, { token }), 200);
  await check(sandbox, 'amazon: poll an unknown authorization', get('/v1/amazon/authorizations/auth_unknown', { token }), 404, 'not_found');
  const consent = new URL(started.json?.consent_url ?? 'https://127.0.0.1/');
  const state = consent.searchParams.get('state') ?? '';
  report('amazon: the consent URL is https on the sandbox host with the fixed application_id, state and version',
    consent.protocol === 'https:' && consent.host === sandbox.url.host
      && consent.searchParams.get('application_id') === 'amzn1.sellerapps.app.5e11e4b0-0000-4000-8000-53414e44424f'
      && state.length >= 32 && consent.searchParams.get('version') === 'beta' ? [] : [`got ${consent.href}`]);
  const page = await check(sandbox, 'amazon: Seller Central consent page', get(consent.pathname + consent.search), 200);
  await check(sandbox, 'amazon: consent page with a forged state', get(`${consent.pathname}?application_id=${consent.searchParams.get('application_id')}&state=forged&version=beta`), 400);
  const formFor = (formState, decision) => post('/sandbox/sellercentral/apps/authorize/confirm',
    `state=${encodeURIComponent(formState)}&decision=${decision}`, { contentType: 'application/x-www-form-urlencoded' });
  const form = (decision) => formFor(state, decision);
  await check(sandbox, 'amazon: confirm with an unknown decision', form('maybe'), 400);
  const confirmed = await check(sandbox, 'amazon: approve', form('approve'), 302);
  const callback = new URL(confirmed.headers?.location ?? 'https://127.0.0.1/');
  report('amazon: approve redirects to the callback with state, selling_partner_id and spapi_oauth_code',
    callback.pathname === '/v1/amazon/callback' && callback.searchParams.get('state') === state
      && callback.searchParams.get('selling_partner_id') && callback.searchParams.get('spapi_oauth_code') ? [] : [`got ${callback.href}`]);
  await check(sandbox, 'amazon: approve the same state again', form('approve'), 400);
  const landed = await check(sandbox, 'amazon: the callback', get(callback.pathname + callback.search), 302);
  const loopback = new URL(landed.headers?.location ?? 'http://127.0.0.1/');
  const handle = loopback.searchParams.get('handle') ?? '';
  report('amazon: the callback redirects to the app\'s loopback port with the authorization id and a handle',
    loopback.origin === 'http://127.0.0.1:50321' && loopback.pathname === '/sellerpulse/amazon-consent'
      && loopback.searchParams.get('authorization_id') === started.json?.id && /^[A-Za-z0-9_-]{43}$/.test(handle) ? [] : [`got ${loopback.href}`]);
  await check(sandbox, 'amazon: the same callback again', get(callback.pathname + callback.search), 400);
  const awaiting = await check(sandbox, 'amazon: poll while awaiting confirmation', get(authorizationPath, { token }), 200);
  report('amazon: awaiting confirmation names the approving seller', awaiting.json?.status === 'awaiting_confirmation'
    && awaiting.json?.selling_partner_id && awaiting.json?.marketplace_ids?.length > 0 ? [] : [`got ${JSON.stringify(awaiting.json)}`]);
  const pendingConnection = await check(sandbox, 'amazon: connection while awaiting confirmation', get('/v1/amazon/connection', { token }), 200);
  report('amazon: not connected before the app confirms', pendingConnection.json?.status === 'pending' ? [] : [`got ${pendingConnection.json?.status}`]);
  const held = await check(sandbox, 'amazon: admin authorizations view', get(`/admin/v1/accounts/${accountId}/amazon-authorizations`, admin), 200);
  report('amazon: the token is held for the authorization, not stored for the account',
    held.json?.authorizations?.some((a) => a.id === started.json?.id && a.token_held === true) ? [] : [`got ${JSON.stringify(held.json)}`]);
  await check(sandbox, 'amazon: admin authorizations view without the admin token', get(`/admin/v1/accounts/${accountId}/amazon-authorizations`), 401, 'unauthorized');
  await check(sandbox, 'amazon: admin authorizations view of an unknown account', get('/admin/v1/accounts/acc_nobody/amazon-authorizations', admin), 404, 'not_found');
  const confirmPath = `${authorizationPath}/confirm`;
  await check(sandbox, 'amazon: confirm without a verifier', post(confirmPath, { handle }, { token }), 400, 'validation_failed');
  await check(sandbox, 'amazon: confirm with an unknown field', post(confirmPath, { handle, code_verifier: verifier, extra: 1 }, { token }), 400, 'validation_failed');
  await check(sandbox, 'amazon: confirm as text', post(confirmPath, 'handle', { token, contentType: 'text/plain' }), 415, 'unsupported_media_type');
  await check(sandbox, 'amazon: confirm without a token', post(confirmPath, { handle, code_verifier: verifier }), 401, 'unauthorized');
  await check(sandbox, 'amazon: confirm an unknown authorization', post('/v1/amazon/authorizations/auth_unknown/confirm', { handle, code_verifier: verifier }, { token }), 404, 'not_found');
  const connectedNow = await check(sandbox, 'amazon: the app confirms', post(confirmPath, { handle, code_verifier: verifier }, { token }), 200);
  report('amazon: confirm answers no-store', /\bno-store\b/.test(connectedNow.headers?.['cache-control'] ?? '') ? [] : ['no Cache-Control: no-store']);
  await check(sandbox, 'amazon: the same handle again', post(confirmPath, { handle, code_verifier: verifier }, { token }), 409, 'authorization_not_confirmable');
  const connected = await check(sandbox, 'amazon: connection after the confirm', get('/v1/amazon/connection', { token }), 200);
  report('amazon: connected with roles', connected.json?.status === 'connected' && connected.json?.roles?.length > 0 ? [] : [`got ${JSON.stringify(connected.json)}`]);
  const stored = await check(sandbox, 'amazon: admin token check', get(`/admin/v1/accounts/${accountId}/amazon-token`, admin), 200);
  report('amazon: the admin check says stored, and only that', JSON.stringify(stored.json) === '{"stored":true}' ? [] : [`got ${JSON.stringify(stored.json)}`]);
  await check(sandbox, 'amazon: admin token check without the admin token', get(`/admin/v1/accounts/${accountId}/amazon-token`), 401, 'unauthorized');
  await check(sandbox, 'amazon: admin token check of an unknown account', get('/admin/v1/accounts/acc_nobody/amazon-token', admin), 404, 'not_found');
  await check(sandbox, 'amazon: cancel a finished authorization (idempotent)', del(authorizationPath, { token }), 204);
  await check(sandbox, 'amazon: cancel an unknown authorization', del('/v1/amazon/authorizations/auth_unknown', { token }), 404, 'not_found');
  await check(sandbox, 'amazon: cancel without a token', del(authorizationPath), 401, 'unauthorized');

  // Deny, and a wrong verifier: both end at the loopback or a 409, never a connection change.
  const denied = await check(sandbox, 'amazon: start another authorization', post('/v1/amazon/authorizations', startBody(), { token }), 201);
  const deniedState = new URL(denied.json?.consent_url ?? 'https://127.0.0.1/').searchParams.get('state') ?? '';
  const deny = await check(sandbox, 'amazon: deny', formFor(deniedState, 'deny'), 302);
  const denyCallback = new URL(deny.headers?.location ?? 'https://127.0.0.1/');
  const deniedLanding = await check(sandbox, 'amazon: the callback after deny', get(denyCallback.pathname + denyCallback.search), 302);
  report('amazon: deny redirects to the loopback with error=access_denied',
    deniedLanding.headers?.location === `http://127.0.0.1:50321/sellerpulse/amazon-consent?authorization_id=${denied.json?.id}&error=access_denied`
      ? [] : [`got ${deniedLanding.headers?.location}`]);
  const third = await check(sandbox, 'amazon: start a third authorization', post('/v1/amazon/authorizations', startBody(), { token }), 201);
  const thirdState = new URL(third.json?.consent_url ?? 'https://127.0.0.1/').searchParams.get('state') ?? '';
  const thirdApproved = await check(sandbox, 'amazon: approve the third', formFor(thirdState, 'approve'), 302);
  const thirdCallback = new URL(thirdApproved.headers?.location ?? 'https://127.0.0.1/');
  const thirdLanding = await check(sandbox, 'amazon: the third callback', get(thirdCallback.pathname + thirdCallback.search), 302);
  const thirdHandle = new URL(thirdLanding.headers?.location ?? 'http://127.0.0.1/').searchParams.get('handle') ?? '';
  await check(sandbox, 'amazon: confirm with a wrong verifier', post(`/v1/amazon/authorizations/${third.json?.id}/confirm`,
    { handle: thirdHandle, code_verifier: randomBytes(32).toString('base64url') }, { token }), 409, 'authorization_not_confirmable');
  await check(sandbox, 'amazon: the third reads expired', get(`/v1/amazon/authorizations/${third.json?.id}`, { token }), 200);
  const fourth = await check(sandbox, 'amazon: start a fourth authorization', post('/v1/amazon/authorizations', startBody(), { token }), 201);
  await check(sandbox, 'amazon: cancel a pending authorization', del(`/v1/amazon/authorizations/${fourth.json?.id}`, { token }), 204);
  const stillConnected = await check(sandbox, 'amazon: connection after those', get('/v1/amazon/connection', { token }), 200);
  report('amazon: still the confirmed connection', stillConnected.json?.status === 'connected'
    && stillConnected.json?.selling_partner_id === connected.json?.selling_partner_id ? [] : [`got ${JSON.stringify(stillConnected.json)}`]);

  // Permissions and a write operation.
  const put = (path, body, extra = {}) => ({ method: 'PUT', path, body, ...extra });
  await check(sandbox, 'permissions: list', get('/v1/permissions', { token }), 200);
  await check(sandbox, 'permissions: unknown feature', put('/v1/permissions/delete_everything', { enabled: true, confirmed: true }, { token }), 404, 'not_found');
  await check(sandbox, 'permissions: enable without confirmation', put('/v1/permissions/price_changes', { enabled: true }, { token }), 400, 'confirmation_required');
  await check(sandbox, 'permissions: enable with a wrong type', put('/v1/permissions/price_changes', { enabled: 'yes' }, { token }), 400, 'validation_failed');
  const products = await check(sandbox, 'permissions: a product', get('/v1/products?limit=1', { token }), 200);
  const sku = encodeURIComponent(products.json?.products?.[0]?.sku ?? 'missing');
  const price = { marketplace_id: 'A1PA6795UKMFR9', price: '12.34' };
  await check(sandbox, 'write: price change before opt-in', post(`/v1/listings/${sku}/price`, price, { token }), 403, 'feature_disabled');
  await check(sandbox, 'permissions: enable price changes', put('/v1/permissions/price_changes', { enabled: true, confirmed: true }, { token }), 200);
  await check(sandbox, 'write: price change after opt-in', post(`/v1/listings/${sku}/price`, price, { token }), 202);
  await check(sandbox, 'write: price change with a bad price', post(`/v1/listings/${sku}/price`, { ...price, price: '12,34' }, { token }), 400, 'validation_failed');
  await check(sandbox, 'write: price change with an empty marketplace_id', post(`/v1/listings/${sku}/price`, { ...price, marketplace_id: '' }, { token }), 400, 'validation_failed');
  await check(sandbox, 'write: price change of an unknown SKU', post('/v1/listings/NO-SUCH-SKU/price', price, { token }), 404, 'not_found');
  await check(sandbox, 'security contact', get('/v1/security-contact'), 200);

  // Export.
  const job = await check(sandbox, 'export: start', post('/v1/account/exports', undefined, { token }), 202);
  await check(sandbox, 'export: download while preparing', get(`/v1/account/exports/${job.json?.id}/download`, { token }), 409, 'export_not_ready');
  let status = job;
  for (let poll = 1; poll <= 5 && status.json?.status !== 'ready'; poll++)
    status = await check(sandbox, `export: poll ${poll}`, get(`/v1/account/exports/${job.json?.id}`, { token }), 200);
  report('export: ready with size and sha256', status.json?.status === 'ready' && /^[0-9a-f]{64}$/.test(status.json?.sha256 ?? '') ? [] : [`got ${JSON.stringify(status.json)}`]);
  await check(sandbox, 'export: download', get(`/v1/account/exports/${job.json?.id}/download`, { token }), 200);
  await check(sandbox, 'export: unknown export', get('/v1/account/exports/exp_unknown', { token }), 404, 'not_found');
  await check(sandbox, 'export: a corrupt fault on the download', put('/admin/v1/faults', { mode: 'corrupt', path_prefix: '/v1/account/exports' }, admin), 200);
  await check(sandbox, 'export: poll under a download fault', get(`/v1/account/exports/${job.json?.id}`, { token }), 200);
  await check(sandbox, 'export: a bad path_prefix', put('/admin/v1/faults', { mode: 'corrupt', path_prefix: 'no-slash' }, admin), 400, 'validation_failed');
  await check(sandbox, 'export: an empty path_prefix', put('/admin/v1/faults', { mode: 'corrupt', path_prefix: '' }, admin), 400, 'validation_failed');
  await check(sandbox, 'export: clear faults', del('/admin/v1/faults', admin), 204);

  // Disconnect, then the write needs a connection.
  await check(sandbox, 'amazon: disconnect', del('/v1/amazon/connection', { token }), 204);
  await check(sandbox, 'amazon: disconnect again (idempotent)', del('/v1/amazon/connection', { token }), 204);
  await check(sandbox, 'amazon: connection after disconnect', get('/v1/amazon/connection', { token }), 200);
  await check(sandbox, 'amazon: admin revoke (as Amazon)', post(`/admin/v1/accounts/${accountId}/amazon-revoke`, undefined, admin), 204);
  await check(sandbox, 'amazon: admin revoke without the admin token', post(`/admin/v1/accounts/${accountId}/amazon-revoke`), 401, 'unauthorized');
  await check(sandbox, 'amazon: admin revoke of an unknown account', post('/admin/v1/accounts/acc_nobody/amazon-revoke', undefined, admin), 404, 'not_found');
  await check(sandbox, 'write: price change after disconnect', post(`/v1/listings/${sku}/price`, price, { token }), 409, 'amazon_not_connected');

  // Deletion of another account.
  const doomed = { email: 'doomed@sellerpulse.test', password: 'doomed-password-1' };
  await check(sandbox, 'deletion: admin create account', post('/admin/v1/accounts', doomed, admin), 201);
  const first = await check(sandbox, 'deletion: login', post('/v1/auth/login', doomed), 200);
  const other = await check(sandbox, 'deletion: login on another device', post('/v1/auth/login', doomed), 200);
  await check(sandbox, 'deletion: wrong password', post('/v1/account/deletion', { password: 'wrong' }, { token: first.json?.access_token }), 403, 'invalid_password');
  await check(sandbox, 'deletion: missing password', post('/v1/account/deletion', {}, { token: first.json?.access_token }), 400, 'validation_failed');
  await check(sandbox, 'deletion: ok', post('/v1/account/deletion', { password: doomed.password }, { token: first.json?.access_token }), 202);
  await check(sandbox, 'deletion: the other device', get('/v1/account', { token: other.json?.access_token }), 401, 'account_deleted');
  await check(sandbox, 'deletion: refresh on the other device', post('/v1/auth/refresh', { refresh_token: other.json?.refresh_token }), 401, 'account_deleted');
  await check(sandbox, 'deletion: sign in again', post('/v1/auth/login', doomed), 403, 'account_deleted');
}

async function withSandbox(extraArgs, traffic) {
  const sandbox = new SandboxRunner(binary, extraArgs);
  try {
    await sandbox.start();
  } catch (error) {
    report(`start ${binary} ${extraArgs.join(' ')}`, [error.message]);
    return;
  }
  report(`sandbox ready at ${sandbox.url.origin}${sandbox.ca ? ' (HTTPS, trusting only its certificate)' : ''}`,
    sandbox.url.protocol === 'https:' && sandbox.url.hostname === '127.0.0.1' ? [] : ['not HTTPS on 127.0.0.1']);
  try {
    await traffic(sandbox);
  } catch (error) {
    report('traffic', [`stopped by an exception: ${error.stack}`]);
  }
  const exit = await sandbox.stop();
  report('the sandbox stops cleanly on SIGTERM', exit && (exit.code === 0 || exit.signal === 'SIGTERM') ? []
    : [`exit ${JSON.stringify(exit)}`]);
  const leaked = [...secretsSeen].filter((secret) => secret && secret.length >= 8 && sandbox.stderr.includes(secret));
  report('no password or token in the sandbox\'s log', leaked.length === 0 ? [] : [`${leaked.length} secret(s) found in stderr`]);
}

selfCheck();
contractAgreesWithTheServer();
if (!selfCheckOnly) {
  await withSandbox([], mainTraffic);
  await withSandbox(['--rate-limit', '2', '--rate-window', '60'], rateLimitTraffic);
  await withSandbox(['--demo-orders', '300'], dataTraffic);
  await withSandbox(['--demo-orders', '200'], accountDataTraffic);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
