/**
 * The prose of the OpenAPI document (`info.description`): what a backend must do beyond the
 * shapes, written from the same data the app, the mock and the conformance kit use.
 */
import type { OperationId } from './operations';
import { orderSetbacks, orderTransitions, outOfOrderAnswers, writeSteps } from './order-states';
import { HANDOFF_CODE_ALPHABET, HANDOFF_CODE_LENGTH } from './schemas';
import {
  SANDBOX_OTP,
  SANDBOX_PASSWORD,
  SANDBOX_UNKNOWN_PHONE,
  sandboxHandoffNotes,
  sandboxInputs,
  sandboxPersonas,
  sandboxTimeRules,
} from './sandbox';
import { HANDOFF_PATH } from './schemas';

const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

const minutes = (seconds: number) => (seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`);

const stateMachine = `## The order's state machine
An order exists from \`createOrder\` on, so the steps before it (sign-in, account, offers and the cart)
count as done: \`Order.nextStep\` is always the first of \`credit\`, \`shipping\`, \`number\`,
\`terms\` and \`review\` that the order still needs, or \`cart\` while a line holds an offer that
is no longer sold. It is the \`step\` of the first problem that validate lists, or \`review\`
when it lists none. A call that succeeds moves the order as follows:

${table(
  ['Call', 'When', '`status` after', '`nextStep` after'],
  orderTransitions.map(({ call, when, status, nextStep }) => [
    `\`${call}\``,
    when,
    `\`${status}\``,
    `\`${nextStep}\``,
  ]),
)}

A call that succeeds must move the order as this table says: a client goes where \`nextStep\`
points, so an order that does not move forward after a step's call traps the customer.
\`replaceLines\` keeps every answer that still applies, and an order can move back:

${table(
  ['Cause', '`nextStep` after'],
  orderSetbacks.map(({ cause, nextStep }) => [cause, `\`${nextStep}\``]),
)}

In review, declined and submitted are final for the online checkout: \`nextStep\` stays
\`credit\` (in review, declined) or \`review\` (submitted), and the reads still answer.

Each write belongs to a step: ${Object.entries(writeSteps)
  .map(([call, step]) => `\`${call}\` (${step})`)
  .join(', ')}. A call made out of order answers:

${table(
  ['Call', 'Status', 'Code'],
  outOfOrderAnswers.map(({ call, status, code }) => [call, String(status), `\`${code}\``]),
)}`;

const compatibility = `## Compatibility: what a newer backend may change
- Enums marked \`x-extensible-enum\` (\`ErrorCode\`, \`FieldErrorCode\`, \`ValidationProblemCode\`,
  \`CreditDecision\`, \`StepId\`, \`HandoffState\`, \`HandoffTokenState\`) may gain values. The
  app shows a generic message for an unknown error or validation code (naming the step when the
  problem names a known one), a "cannot finish online" page with the order reference for an
  unknown \`nextStep\`, treats an unknown credit decision as not approved, and an unknown
  hand-off state as expired. Other enums do not change within \`/v1\`.
- Objects may gain properties; clients ignore those they do not know. An optional property
  without a value is left out, never \`null\` (only properties marked nullable are \`null\`).
- A request is checked in this order, and the first refusal answers: the session (401), the
  body and query (400), the \`Idempotency-Key\` (400, then a replay or 422), the order's
  existence and owner (404, 403), its status (409 \`ORDER_NOT_OPEN\`), its step (409
  \`STEP_OUT_OF_ORDER\`), then the operation's own rules.
- Every response of this document's operations is JSON (\`application/json\`, UTF-8); \`204\`
  has no body. \`Retry-After\` is a whole number of seconds. Amounts are integer cents of US dollars; times are ISO 8601 with an offset.`;

const crossOrigin = `## Serving the API from another origin
- The app calls \`{VITE_API_BASE_URL}/v1/...\` with \`fetch\`, \`credentials: 'omit'\` (no cookies)
  and \`cache: 'no-store'\`. It sends \`Accept: application/json\`, \`Accept-Language\`,
  \`Content-Type: application/json\` with a body, \`Authorization: Bearer <token>\` once signed
  in and \`Idempotency-Key\` on submit. Preflight: allow the methods GET, POST, PUT and PATCH,
  those five request headers, and the app's exact origin (\`Access-Control-Allow-Origin\` on
  every answer, errors included, with \`Vary: Origin\`; no \`*\` and no credentials). Another
  origin gets no CORS headers. The app reads no response header, so none needs exposing.
  Answers carry \`Cache-Control: no-store\`: they hold personal data.
- **Passkeys**: the relying-party id (\`rpId\` of the challenge, \`rp.id\` of the registration
  options) is the host name the app is served from (not the API's), and the origin in
  \`clientDataJSON\` must be the app's exact origin. A backend is configured with the app's
  origins; a passkey call from another origin answers 403 \`FORBIDDEN\`.
- **Languages**: the app sends \`Accept-Language: en\` or \`es\`. Offers, agreements and the
  credit policy's texts come in that language (\`Content-Language\` says which; English when
  the language is not offered). \`message\` fields stay English: they are for logs, and the app
  shows its own words for each code.
- **Rate limits**: a 429 carries \`retryAt\` in the body and \`Retry-After\` (seconds) as a
  header; a 503 carries \`Retry-After\`. The app never retries a 4xx by itself; it retries a
  failed read (network, timeout, 5xx) at most twice and offers the customer a retry.
- **Idempotency**: \`POST /v1/order/submit\` needs an \`Idempotency-Key\` (any 1 to 255
  characters; the app sends a UUID), kept per customer for at least 24 hours. The app makes one key per submission
  and sends it again with every retry, even after a reload. The same key with the same body
  answers the first result again (with \`Idempotent-Replayed: true\`) and makes no second order;
  the same key with another body answers 422 \`IDEMPOTENCY_KEY_REUSED\`. Only a placed order is
  remembered: a refused submit may be retried with the same key once the order is fixed.`;

const rules = sandboxTimeRules;

const handoff = `## Continue on another device: the hand-off
A customer signed in with an order (on a store's kiosk, or any screen) can continue that order
on their phone. The device that opens the hand-off shows a QR code of its link, and for those
who cannot scan, the short address to type and a code; it can also text the link.

- **Opening**: \`createHandoff\` (at any step, while the order is open) answers a token, a code
  and \`expiresAt\`, ${minutes(rules.handoffTtl)} ahead. A new call replaces the open hand-off:
  the earlier token and code are expired from then on. Nothing else closes it: signing out, or
  the end of the session that opened it, leaves it open.
- **The link** is the app's origin, \`${HANDOFF_PATH}#\`, then the token, e.g.
  \`https://checkout.example${HANDOFF_PATH}#<token>\`. The token is 256 bits from a
  cryptographic random source, in unpadded base64url (43 characters). It is opaque and says
  nothing: no order id, phone number or name. It sits in the fragment, which browsers send to no
  server and in no \`Referer\`, and the app sends it in request bodies only, never in a URL.
  A backend stores a hash of the token and of the code, and logs neither.
- **The code**: ${HANDOFF_CODE_LENGTH} characters from \`${HANDOFF_CODE_ALPHABET}\` (no 0, O, 1,
  I, L or U; about 39 bits), typed at the app's origin and \`${HANDOFF_PATH}\`.
  \`redeemHandoffCode\` exchanges it for the token (the app upper-cases what was typed and drops
  spaces and hyphens first). Wrong codes count per client (its IP address and device), and a
  right code does not reset the count: each wrong answer carries \`attemptsRemaining\`, and the
  ${rules.handoffCodeMaxFailures}th wrong code within ${minutes(rules.handoffCodeWindow)} itself answers 423
  \`HANDOFF_CODE_LOCKED\`: every code from that client is refused until \`retryAt\`,
  ${minutes(rules.handoffCodeLockout)} later. The code of an expired or claimed hand-off answers
  409 and does not count as wrong.
- **Text me a link**: \`sendHandoffLink\` texts the open hand-off's link (the same token) to the
  account's number on file, never to a number the client gives: at most
  ${rules.handoffTextMaxSends} per customer in ${minutes(rules.handoffTextWindow)}, at least
  ${minutes(rules.handoffTextCooldown)} apart (429 \`HANDOFF_LINK_RATE_LIMITED\` with \`retryAt\`).
- **The token alone grants nothing.** \`getHandoffTokenState\` (no session) answers only
  \`valid\`, \`expired\` or \`used\`. To continue, the phone signs the customer in as usual,
  then calls \`claimHandoff\` with the token. It succeeds once, for the order's customer (any of
  their accounts), before \`expiresAt\`, and answers the order id and its \`nextStep\`: the
  phone continues there, with everything the order holds. Another customer gets 403 with nothing
  about the order, and the token stays valid for its customer. A claimed token answers 409
  \`HANDOFF_USED\`, except to the session that claimed it, which gets the order id and
  \`nextStep\` again (a retry is safe); an expired or replaced one answers 409
  \`HANDOFF_EXPIRED\`.
- **The claim ends the kiosk's session.** It ends every session that opened a hand-off of this
  order, except the claiming one. Any call with an ended session answers 401
  \`SESSION_HANDED_OFF\` (not \`UNAUTHENTICATED\`) until the session would have expired: that
  code is how the kiosk learns of the claim. While it shows a hand-off, the kiosk reads
  \`getHandoff\` every few seconds (\`open\` with \`expiresAt\` for the time left, \`expired\`
  to offer a new one); the claim shows as this 401 on that read or on any other call. The kiosk
  then says the order continues on the phone and wipes itself, without releasing the holds.
  \`getHandoff\` answers \`claimed\` to the customer's sessions that remain, such as the
  phone's.
- **Number holds stay.** \`createHandoff\` and \`claimHandoff\` renew every unexpired hold of the
  order for a full ${minutes(rules.numberHold)}, so that none expires while the hand-off is open
  and the phone finds them held. While a hand-off is open, \`releaseNumber\` answers 409
  \`HANDOFF_OPEN\`: a kiosk wipe (idle or Start over) must not release the holds, and the
  backend refuses if it tries. After a claim, the kiosk's session has ended, so its wipe
  releases nothing either.
- A backend keeps a hand-off at least a day after it expired, so that its token answers
  \`expired\` rather than 404.`;

const sandbox = `## Sandbox: what a test environment offers
A backend's test environment offers these customers and inputs, so that the app's demos and the
conformance kit (\`npm run conformance -- --base-url URL\`) can reach every outcome. Every
persona's one-time code is \`${SANDBOX_OTP}\` (it works once, after a code was asked for)
and password \`${SANDBOX_PASSWORD}\`. Any SSN that \`CreditSubmitRequest\` describes and any
adult date of birth are accepted, and the credit decision is the persona's, whatever they are.

${table(
  ['Phone', 'E-mail', 'Customer ids', 'Credit decision', 'What it shows'],
  sandboxPersonas.map((persona) => [
    persona.phone,
    persona.email,
    persona.customerIds.join(', '),
    `\`${persona.creditDecision}\``,
    persona.story,
  ]),
)}

Any other identifier, such as ${SANDBOX_UNKNOWN_PHONE}, gets the same answers as an account's
(\`OTP_EXPIRED\` too, once its code is older than the code's life) and no code or password
works for it.

- Each persona's service address (from \`GET /v1/customers\`) is deliverable.

- An address whose \`line1\` starts with \`${sandboxInputs.undeliverableLine1.split(' ').slice(0, 2).join(' ')}\` is refused as undeliverable.
- \`${sandboxInputs.ambiguousLine1}\` is ambiguous: the answer suggests addresses to pick from.
- Area code \`${sandboxInputs.emptyAreaCode}\` has no numbers left (and suggests nearby ones);
  area code \`${sandboxInputs.areaCode}\` and ZIP code \`${sandboxInputs.zip}\` have numbers.

Time rules:

${table(
  ['Rule', 'Value'],
  [
    ['One-time code valid for', minutes(sandboxTimeRules.otpTtl)],
    ['New code not before', minutes(sandboxTimeRules.otpResendCooldown)],
    [
      'Codes per identifier',
      `${sandboxTimeRules.otpMaxRequests} per ${minutes(sandboxTimeRules.otpRequestWindow)}`,
    ],
    [
      'Sign-in locked after',
      `${sandboxTimeRules.maxSignInFailures} wrong attempts, for ${minutes(sandboxTimeRules.signInLockout)}`,
    ],
    ['Session valid for', minutes(sandboxTimeRules.sessionTtl)],
    ['Number hold', minutes(sandboxTimeRules.numberHold)],
    ['Hand-off valid for', minutes(rules.handoffTtl)],
    [
      'Hand-off code entry locked after',
      `${rules.handoffCodeMaxFailures} wrong codes in ${minutes(rules.handoffCodeWindow)}, for ${minutes(rules.handoffCodeLockout)}`,
    ],
    [
      'Hand-off links texted per customer',
      `${rules.handoffTextMaxSends} per ${minutes(rules.handoffTextWindow)}, ${minutes(rules.handoffTextCooldown)} apart`,
    ],
  ],
)}

Hand-offs in a sandbox:

${sandboxHandoffNotes.map((note) => `- ${note}`).join('\n')}

**Test clock** (optional): \`POST /v1/sandbox/clock\` moves the whole environment's clock
forward, for every client and every time rule (sessions age too), so that code expiry, the
lockouts, hold expiry and hand-off expiry can be checked without waiting. A backend
without one answers 404, and the conformance kit then reports those rules as not checked.
Production backends never offer it.`;

/** What an operation does beyond its summary, where a backend could otherwise guess. */
export const operationNotes: Partial<Record<OperationId, string>> = {
  getAuthMethods:
    'The methods this backend offers, the same for everyone. The app offers each one the ' +
    'browser can use: passkeys only where WebAuthn is, and never on a kiosk.',
  generateOtp:
    'The resend cooldown and the hourly quota count per account (its phone and e-mail ' +
    'together), or per identifier without an account. A new code replaces the previous one.',
  authenticate:
    'Wrong codes, passwords and passkeys count together per account (its phone and e-mail ' +
    'share the count) and a successful sign-in resets it; `OTP_EXPIRED` and ' +
    '`PASSKEY_NOT_FOUND` do not count. The fifth wrong attempt itself answers 423. The session ' +
    "lasts 30 minutes from sign-in, not extended by use; its `customerId` is the customer's " +
    'first account.',
  submitCredit:
    'Calling it again answers the decision already made and changes nothing. The SSN and date ' +
    'of birth are used for this decision only.',
  applyCreditPolicy:
    'With a line cap, the lines of `keepLineIds` stay (by default the first ones) and the ' +
    'others are removed. Calling it again changes nothing.',
  releaseNumber:
    'Allowed at any step while the order is open, except while it has an open hand-off (see ' +
    'the hand-off section of the description).',
  createHandoff:
    'Any step, while the order is open. Renews the unexpired number holds. See the hand-off ' +
    'section of the description.',
  getHandoff:
    'The kiosk reads it every few seconds while it shows a hand-off. Once the order is claimed, ' +
    'the session that opened the hand-off gets 401 `SESSION_HANDED_OFF` here and everywhere.',
  sendHandoffLink:
    "Texts the link of the order's open hand-off, the same token as its QR code, to the " +
    "account's number on file; the answer names the number masked.",
  getHandoffTokenState:
    'No session needed; the token goes in the body so that it is in no URL or access log. ' +
    'It answers nothing about the order or the customer.',
  redeemHandoffCode: "No session needed. The token it answers is claimed like a link's.",
  claimHandoff:
    "Needs a session of the hand-off's customer. Ends the session that opened it and renews " +
    'the unexpired number holds.',
  advanceSandboxClock: 'There is no way back: the clock only moves forward.',
};

export const documentGuide = [stateMachine, compatibility, crossOrigin, handoff, sandbox].join(
  '\n\n',
);
