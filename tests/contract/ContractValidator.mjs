// Checks one HTTP response against docs/api/openapi.yaml: the status is documented for the
// operation, the body matches the documented schema for that status and content type, the
// documented headers are present, and the conventions of the contract's description hold
// (X-Request-Id and the security headers on every response, no-store on token responses).
// It is an independent reading of the contract (ajv), so it knows nothing of the sandbox's code.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

const SPEC_ID = 'openapi.json';

// The values the contract's description asks for on every response.
const SECURITY_HEADERS = [
  ['strict-transport-security', (v) => /max-age=\d+/.test(v) && /preload/.test(v) && /includeSubDomains/i.test(v)],
  ['x-frame-options', (v) => v === 'DENY'],
  ['x-content-type-options', (v) => v === 'nosniff'],
  ['referrer-policy', (v) => v === 'strict-origin-when-cross-origin'],
  ['permissions-policy', (v) => ['accelerometer=()', 'gyroscope=()', 'magnetometer=()', 'payment=()']
    .every((directive) => v.split(/\s*,\s*/).includes(directive))],
];

const REQUEST_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export class ContractValidator {
  constructor(specPath) {
    this.spec = parseYaml(readFileSync(specPath, 'utf8'));
    // The contract is OpenAPI 3.0: its schemas use `nullable` and descriptive keywords that
    // ajv's strict mode would refuse; redocly lints the schemas themselves.
    this.ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: SPEC_ID, components: this.spec.components });
    this.operations = this.#collectOperations();
  }

  #collectOperations() {
    const operations = [];
    for (const [template, item] of Object.entries(this.spec.paths)) {
      const pattern = new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$');
      for (const [method, operation] of Object.entries(item)) {
        if (['get', 'put', 'post', 'delete', 'patch'].includes(method))
          operations.push({ template, pattern, method: method.toUpperCase(), operation });
      }
    }
    return operations;
  }

  #deref(object) {
    let current = object;
    while (current && current.$ref) {
      const parts = current.$ref.replace(/^#\//, '').split('/');
      current = parts.reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.spec);
      if (!current) throw new Error(`unresolvable reference ${object.$ref}`);
    }
    return current;
  }

  #schemaValidator(schema) {
    // Component schemas compile by reference so that their inner $refs resolve in the spec.
    if (schema.$ref && schema.$ref.startsWith('#/components/'))
      return this.ajv.getSchema(SPEC_ID + schema.$ref);
    return this.ajv.compile(schema);
  }

  #documentsHeader(request, status, headerName) {
    const found = this.findOperation(request.method, request.path);
    const raw = found?.operation.responses[String(status)];
    return raw ? Object.keys(this.#deref(raw).headers ?? {}).includes(headerName) : false;
  }

  // A parameter, response or schema object with its $ref followed.
  resolve(object) {
    return this.#deref(object);
  }

  findOperation(method, path) {
    const pathOnly = path.split('?')[0];
    return this.operations.find((o) => o.method === method && o.pattern.test(pathOnly)) ?? null;
  }

  // Validates a schema by name (used by the self-check and for undocumented paths).
  validateSchema(name, value) {
    const validate = this.ajv.getSchema(`${SPEC_ID}#/components/schemas/${name}`);
    if (!validate) return [`no schema ${name} in the contract`];
    return validate(value) ? [] : validate.errors.map((e) => `body${e.instancePath} ${e.message}`);
  }

  // response: { status, headers (lower-case names), body (string) }; request: { method, path, requestId }.
  // Returns a list of human-readable failures; empty means the response conforms.
  validate(request, response) {
    const failures = [];
    const headers = response.headers;
    // A response may document its own, stricter Referrer-Policy (the Amazon callback's no-referrer redirect):
    // then the documented header's schema is the rule for it, checked with the other documented headers.
    const ownPolicy = this.#documentsHeader(request, response.status, 'Referrer-Policy');
    for (const [name, accepts] of SECURITY_HEADERS) {
      if (name === 'referrer-policy' && ownPolicy) continue;
      if (headers[name] === undefined) failures.push(`missing security header ${name}`);
      else if (!accepts(String(headers[name]))) failures.push(`security header ${name} has the value "${headers[name]}"`);
    }
    const requestId = headers['x-request-id'];
    if (requestId === undefined) failures.push('missing X-Request-Id header');
    else if (!REQUEST_ID_PATTERN.test(requestId)) failures.push(`X-Request-Id "${requestId}" is not 1-64 of [A-Za-z0-9_-]`);
    else if (request.requestId && REQUEST_ID_PATTERN.test(request.requestId) && requestId !== request.requestId)
      failures.push(`X-Request-Id "${requestId}" does not echo the client's "${request.requestId}"`);

    const contentType = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const found = this.findOperation(request.method, request.path);
    let documented;
    if (found) {
      const raw = found.operation.responses[String(response.status)] ?? found.operation.responses.default;
      if (!raw) {
        failures.push(`status ${response.status} is not documented for ${found.method} ${found.template}`
          + ` (documented: ${Object.keys(found.operation.responses).join(', ')})`);
        return failures;
      }
      documented = this.#deref(raw);
    } else {
      // Not an operation of the contract (unknown path, wrong method): the conventions say
      // every error is a problem+json body.
      if (response.status < 400) {
        failures.push(`${request.method} ${request.path} is not in the contract but answered ${response.status}`);
        return failures;
      }
      documented = { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
    }

    for (const [name, header] of Object.entries(documented.headers ?? {})) {
      const value = headers[name.toLowerCase()];
      const spec = this.#deref(header);
      if (value === undefined) { failures.push(`missing documented header ${name}`); continue; }
      const schema = spec.schema ?? {};
      const typed = schema.type === 'integer' && /^-?\d+$/.test(value) ? Number(value) : value;
      const check = this.#schemaValidator(schema);
      if (!check(typed)) failures.push(`header ${name}: "${value}" ${check.errors.map((e) => e.message).join('; ')}`);
    }

    const content = documented.content ?? {};
    const hasBody = response.body.length > 0;
    if (Object.keys(content).length === 0) {
      if (hasBody) failures.push(`status ${response.status} documents no body, but one came (${response.body.length} bytes)`);
      return failures;
    }
    const media = content[contentType];
    if (!media) {
      failures.push(`content type "${contentType}" is not documented for status ${response.status}`
        + ` (documented: ${Object.keys(content).join(', ')})`);
      return failures;
    }
    // HTML pages (Seller Central's emulation, the OAuth callback) and ZIP downloads: the documented media
    // type is the contract; only JSON bodies are checked against a schema.
    if (!/[/+]json$/.test(contentType)) {
      if (!hasBody) failures.push(`a ${contentType} response without a body`);
      return failures;
    }
    let json;
    try {
      json = JSON.parse(response.body);
    } catch (error) {
      failures.push(`the body is not JSON: ${error.message}`);
      return failures;
    }
    const validate = this.#schemaValidator(media.schema);
    if (!validate(json)) failures.push(...validate.errors.map((e) => `body${e.instancePath} ${e.message}`
      + (e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : '')
      + (e.params?.allowedValues ? ` (${e.params.allowedValues.join(', ')})` : '')));

    if (contentType === 'application/problem+json' && json && typeof json === 'object') {
      if (json.status !== response.status) failures.push(`problem status ${json.status} differs from the HTTP status ${response.status}`);
      if (requestId !== undefined && json.request_id !== requestId)
        failures.push(`problem request_id "${json.request_id}" differs from the X-Request-Id header "${requestId}"`);
      if (response.status === 429 && headers['retry-after'] !== undefined && json.retry_after !== Number(headers['retry-after']))
        failures.push(`problem retry_after ${json.retry_after} differs from Retry-After ${headers['retry-after']}`);
    }
    if (json && typeof json === 'object' && 'refresh_token' in json && 'access_token' in json) {
      if (!/\bno-store\b/.test(headers['cache-control'] ?? '')) failures.push('a token response without Cache-Control: no-store');
    }
    return failures;
  }
}
