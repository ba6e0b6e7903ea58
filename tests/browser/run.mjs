// Browser journeys through Bayiri in headless Chromium (Debian's package, driven by
// playwright-core). Starts `bayiri serve --demo` on a fresh database, walks the journeys below,
// checks every page with axe-core (no serious or critical violation), measures what each page
// transfers (compressed, everything included, nothing cached), checks it fits a 360-px screen,
// and saves a screenshot of each page under docs/screenshots/.
//
//   node run.mjs            (BAYIRI_BIN overrides the binary; default target/debug/bayiri)
//   UPDATE_DOCS=1 node run.mjs   also rewrites the page-weight table in docs/PERFORMANCE.md
//   JOURNEYS=reintegration node run.mjs   runs only the named journeys (french, return, reintegration)

import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';
import { returnJourney } from './journey.mjs';
import { reintegrationJourney } from './reintegration.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const shots = join(root, 'docs', 'screenshots');
const binary = process.env.BAYIRI_BIN ?? join(root, 'target', 'debug', 'bayiri');
const PASSWORD = 'demo password for browser tests';
const PAGE_BUDGET = 60 * 1024;
const axeSource = readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const failures = [];
const weights = [];
function check(condition, message) {
  if (!condition) { failures.push(message); console.error(`  ✗ ${message}`); }
}

function withoutDatabase(env) {
  const { BAYIRI_DATABASE: _ignored, ...rest } = env;
  return rest;
}

async function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'bayiri-browser-'));
  const child = spawn(binary, ['serve', '--demo', '--demo-cases', '80', '--listen', '127.0.0.1:0', '--data-dir', dataDir], {
    env: { ...withoutDatabase(process.env), BAYIRI_ADMIN_PASSWORD: PASSWORD, BAYIRI_LOG: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bayiri did not start within 5 minutes')), 300_000);
    lines.on('line', (line) => {
      const found = line.match(/^Bayiri is running at (http:\/\/\S+?)\/? /);
      if (found) { clearTimeout(timer); resolve(found[1]); }
    });
    child.on('exit', (code) => reject(new Error(`bayiri exited with ${code}`)));
  });
  return { base, stop: () => { child.kill('SIGTERM'); rmSync(dataDir, { recursive: true, force: true }); } };
}

/// Runs axe-core on the page as it is now. A page shown with JavaScript off is replayed, with
/// the same HTML and the server's own assets, in a page where axe can run.
let auditor;
async function axe(page) {
  const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };
  let target = page;
  if (withoutJavaScript.has(page.context())) {
    const html = await page.content();
    const url = page.url();
    auditor ??= await page.context().browser().newContext({ viewport: page.viewportSize() });
    target = await auditor.newPage();
    await target.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await target.goto(url);
  }
  await target.evaluate(axeSource);
  const results = await target.evaluate(async (o) => await window.axe.run(document, o), options);
  if (target !== page) await target.close();
  return results;
}

/// Contexts that browse with JavaScript turned off.
const withoutJavaScript = new WeakSet();

/// Screenshot, accessibility check and small-screen check of the page as it is now.
async function visit(page, name, { measure = true, status = 200 } = {}) {
  await page.waitForLoadState('load');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const results = await axe(page);
  for (const v of results.violations) {
    const bad = v.impact === 'serious' || v.impact === 'critical';
    const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
    if (bad) check(false, `${name}: axe ${v.impact} ${v.id} — ${v.help} (${where})`);
    else console.log(`  · ${name}: axe ${v.impact} ${v.id} (${where})`);
  }
  if (measure) pagesToWeigh.push({ name, url: page.url(), status, cookies: await page.context().cookies() });
  console.log(`  ✓ ${name}`);
}
const pagesToWeigh = [];

/// What a page transfers on a cold load: every response, compressed, headers included.
async function weigh(browser, { name, url, status: expected, cookies }, width) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'fr-FR' });
  await context.addCookies(cookies);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await context.close();
  return { name, status: response.status(), expected, bytes, overflow };
}

async function login(page, base, username) {
  await page.goto(`${base}/login`);
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await page.click('form[action="/login"] button[type=submit]');
  await page.waitForURL(`${base}/`);
}

/// Counsellor in French, at 360 px, with JavaScript disabled: every core form works without it.
async function frenchJourney(browser, base) {
  console.log('French journey (360 px, no JavaScript)');
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false, locale: 'fr-FR' });
  withoutJavaScript.add(context);
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  check(await page.getAttribute('html', 'lang') === 'fr', 'login page follows Accept-Language (fr)');
  await visit(page, 'fr-01-login');
  await login(page, base, 'counsellor');
  check((await page.textContent('h1')).includes('Mon travail'), 'home in French');
  await visit(page, 'fr-02-home');

  await page.click('nav a[href="/register"]');
  await visit(page, 'fr-03-register');
  // Bad input first: each field says what is wrong, and nothing is saved.
  await page.fill('#date_of_birth', '2031-13-40');
  await page.fill('#phone', '90 12 34 56');
  await page.click('form[action="/register"] button[type=submit]');
  check(await page.locator('.field.invalid').count() >= 3, 'register: invalid fields are marked');
  check((await page.textContent('body')).includes('Choisissez'), 'register: messages in French');
  await visit(page, 'fr-04-register-errors');

  await page.fill('#given_names', 'Mamadou Saliou');
  await page.fill('#family_name', 'Diallo');
  await page.check('input[name=sex][value=male]');
  await page.fill('#date_of_birth', '2011-05-14');
  await page.selectOption('#date_of_birth_precision', 'exact');
  await page.selectOption('#claimed_nationality', 'GIN');
  await page.fill('#phone', '+224 622 11 22 33');
  await page.check('input[name=languages][value=ff]');
  await page.selectOption('#category', 'assisted_voluntary_return_and_reintegration');
  await page.selectOption('#registered_in', 'NER');
  await page.selectOption('#host_country', 'NER');
  await page.selectOption('#return_country', 'GIN');
  await page.fill('#admin1_name', 'Labé');
  await page.fill('#admin1_pcode', 'GN6');
  await page.fill('#locality', 'Pita');
  await page.click('form[action="/register"] button[type=submit]');
  await page.waitForURL(/\/cases\/[0-9a-f-]+\?done=registered/);
  const caseUrl = page.url().split('?')[0];
  check((await page.textContent('h1')).includes('Mamadou Saliou DIALLO'), 'case opened for the person');
  check((await page.textContent('body')).includes('Retour volontaire assisté et réintégration'), 'category in the field\'s words');
  await visit(page, 'fr-05-case-opened');

  await page.click('form[action$="/move"] button:has-text("conseil")');
  await page.waitForURL(/\/cases\//);
  // Counselling session: language, interpreter, information given.
  await page.click('#counselling summary');
  await page.fill('#counselling input[name=held_on]', '2026-03-01');
  await page.selectOption('#c-language', 'ff');
  await page.fill('#c-interpreter', 'Mariama Sow');
  await page.check('#counselling input[value=return_process]');
  await page.check('#counselling input[value=right_to_withdraw]');
  await page.check('#counselling input[value=reintegration_assistance]');
  await page.click('#counselling button[type=submit]');
  await page.waitForURL(/done=counselling/);
  // Consent, given orally before a witness.
  await page.click('#consents > details summary');
  await page.selectOption('#purpose', 'return');
  await page.selectOption('#method', 'witnessed_oral');
  await page.selectOption('#k-language', 'ff');
  await page.click('#consents button[type=submit]:has-text("Enregistrer")');
  check(await page.locator('#consents .error').count() === 1, 'oral consent without witness is refused beside the field');
  // The page answers a POST: its URL cannot be reloaded to weigh it.
  await visit(page, 'fr-06-consent-needs-witness', { measure: false });
  await page.fill('#witness', 'Adama Koné');
  await page.click('#consents button[type=submit]:has-text("Enregistrer")');
  await page.waitForURL(/done=consent/);
  await visit(page, 'fr-07-counselled-and-consented');

  // Screening marks an unaccompanied child.
  await page.click('a[href$="/screening"]');
  await page.check('input[name=with_parent_or_usual_caregiver][value=no]');
  await visit(page, 'fr-08-screening');
  await page.click('form[action$="/screening"] button[type=submit]');
  await page.waitForURL(/done=screening/);
  const needs = await page.textContent('#needs-title + *, section[aria-labelledby=needs-title]');
  check(/Tuteur|tuteur/.test(needs), 'special need "guardian" shown prominently');
  check(/non accompagné/.test(needs), 'UASC category shown to the counsellor');
  await page.click('form[action$="/move"] button:has-text("décision")');
  await page.waitForURL(/\/cases\//);
  await page.click('form[action$="/move"] button:has-text("départ")');
  await page.waitForURL(/\/cases\//);
  await page.click('#documents summary');
  await page.selectOption('#d-kind', 'laissez_passer');
  await page.fill('#d-number', 'LP-2026-0042');
  await page.fill('#d-country', 'GIN');
  await page.fill('#d-issued', '2026-03-01');
  await page.fill('#d-expires', '2027-03-01');
  await page.click('#documents button[type=submit]');
  await page.waitForURL(/done=document/);

  // The move toward departure is blocked, and the guardian/best-interests guard is explained.
  const blocked = page.locator('#moves .alert');
  check(await blocked.count() === 1, 'departure shown as blocked');
  const explanation = await blocked.textContent();
  check(/tuteur/.test(explanation) && /intérêt supérieur/.test(explanation), `guards explained in French: ${explanation}`);
  check(await page.locator('#moves .alert button[disabled]').count() === 1, 'blocked move is a disabled button');
  await visit(page, 'fr-09-departure-blocked');

  await page.click('#child details summary');
  await page.fill('#g-name', 'Aïcha Maïga');
  await page.selectOption('#g-kind', 'child_protection_authority');
  await page.fill('#g-org', 'Direction de la protection de l\'enfant, Niamey');
  await page.click('#child form[action$="/guardian"] button[type=submit]');
  await page.waitForURL(/done=guardian/);
  await page.click('#child form[action$="/best-interests"] >> xpath=.. >> summary');
  await page.fill('#assessed_by', 'DPPE Niamey');
  await page.check('input[name=outcome][value=return_in_best_interests]');
  await page.fill('#bia-summary', 'Mère retrouvée à Pita, prête à accueillir l\'enfant.');
  await page.click('#child form[action$="/best-interests"] button[type=submit]');
  await page.waitForURL(/done=best-interests|done=best_interests/);
  await page.click('#journey details:has(form[action$="/escorts"]) > summary');
  await page.selectOption('#j-escort-kind', 'child_escort');
  await page.fill('#j-escort-name', 'Aïcha Maïga');
  await page.click('#journey form[action$="/escorts"] button[type=submit]');
  await page.waitForURL(/done=escort/);
  check(await page.locator('#moves .alert').count() === 0, 'nothing blocks departure any more');
  await page.click('form[action$="/move"] button:has-text("départ")');
  await page.waitForURL(/done=move/);
  check((await page.textContent('header.panel')).includes('Départ effectué'), 'the case proceeds to departed');
  await visit(page, 'fr-10-departed');

  await page.goto(`${base}/cases?q=diallo`);
  check((await page.textContent('#results')).includes('DIALLO'), 'case list search by name');
  await visit(page, 'fr-11-case-list');
  await page.goto(`${base}/account`);
  await visit(page, 'fr-12-account');

  // The same boy registered again by another clerk, spelled otherwise: the duplicate check
  // shows him, with the reasons, before anything is saved.
  await page.goto(`${base}/register`);
  await page.fill('#given_names', 'Mamadu Saliou');
  await page.fill('#family_name', 'Jallow');
  await page.check('input[name=sex][value=male]');
  await page.fill('#date_of_birth', '2011-05-14');
  await page.selectOption('#date_of_birth_precision', 'exact');
  await page.selectOption('#claimed_nationality', 'GIN');
  await page.fill('#phone', '+224 622 11 22 33');
  await page.check('input[name=languages][value=ff]');
  await page.selectOption('#category', 'assisted_voluntary_return_and_reintegration');
  await page.selectOption('#registered_in', 'NER');
  await page.selectOption('#host_country', 'NER');
  await page.selectOption('#return_country', 'GIN');
  await page.click('form[action="/register"] button[type=submit]:not([name])');
  const proposed = page.locator('#duplicates');
  check(await proposed.count() === 1, 'register: possible duplicates shown before saving');
  check((await proposed.textContent()).includes('Mamadou Saliou DIALLO'), 'the stored person is proposed');
  check((await proposed.textContent()).includes('Pourquoi'), 'with the reasons');
  await page.click('#duplicates details summary');
  // The page answers a POST: not reloaded to weigh it.
  await visit(page, 'fr-13-possible-duplicate', { measure: false });
  // The clerk is not sure and registers a new person; a reviewer decides later.
  await page.click('button[name=checked_duplicates]');
  await page.waitForURL(/\/cases\/[0-9a-f-]+\?done=registered/);

  // The reviewer: on the first record, the pair is marked "different persons"; once the
  // documents are compared, it is recorded as the same person and the new record merged.
  await page.goto(caseUrl);
  await page.click('a[href^="/persons/"]');
  await page.click('a[href$="/duplicates"]');
  check((await page.textContent('body')).includes('personnes différentes'), 'the answer at registration is remembered');
  await page.click('#decisions-title ~ ul form[action*="/duplicates/"] button');
  await page.waitForURL(/done=same_person/);
  await page.click('#decisions-title ~ ul form[action$="/merge"] button');
  await page.waitForURL(/done=merged/);
  check((await page.textContent('#merges-title ~ ul')).includes('Mamadu Saliou JALLOW'), 'the merge is listed, with its way back');
  await visit(page, 'fr-14-merged');
  await page.goto(`${base}/duplicates`);
  await visit(page, 'fr-15-duplicate-queue');
  await context.close();
  return caseUrl;
}

/// The same pages in Arabic, right to left, with names in Latin and Arabic script; JS on.
async function arabicJourney(browser, base) {
  console.log('Arabic journey');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
  const page = await context.newPage();
  await login(page, base, 'counsellor.maghreb');
  check(await page.getAttribute('html', 'dir') === 'rtl', 'Arabic pages are right to left');
  check(await page.getAttribute('html', 'lang') === 'ar', 'Arabic pages say so');
  await visit(page, 'ar-01-home');
  await page.goto(`${base}/register`);
  await page.fill('#given_names', 'Mohamed Lemine');
  await page.fill('#family_name', 'Ould Ahmed');
  await page.fill('#original_given_names', 'محمد الأمين');
  await page.fill('#original_family_name', 'ولد أحمد');
  await page.check('input[name=sex][value=male]');
  await page.fill('#date_of_birth', '1994');
  await page.selectOption('#date_of_birth_precision', 'year_only');
  await page.selectOption('#claimed_nationality', 'MRT');
  await page.check('input[name=languages][value=ar]');
  await page.selectOption('#registered_in', 'MAR');
  await page.selectOption('#host_country', 'MAR');
  await page.selectOption('#return_country', 'MRT');
  await visit(page, 'ar-02-register');
  await page.click('form[action="/register"] button[type=submit]');
  await page.waitForURL(/\/cases\/[0-9a-f-]+\?done=registered/);
  const text = await page.textContent('body');
  check(text.includes('Mohamed Lemine OULD AHMED') && text.includes('محمد الأمين'), 'names in Latin and Arabic script');
  await visit(page, 'ar-03-case');
  await page.goto(`${base}/cases`);
  await visit(page, 'ar-04-case-list');
  await context.close();
}

/// A counsellor of another organisation cannot open the case by its URL.
async function otherOrganisation(browser, base, caseUrl) {
  console.log('Another organisation');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await login(page, base, 'counsellor.deu');
  const response = await page.goto(caseUrl);
  check(response.status() === 404, `other organisation gets 404 (got ${response.status()})`);
  const body = await page.textContent('body');
  check(!body.includes('DIALLO') && !body.includes('Diallo'), 'nothing of the case is shown');
  await visit(page, 'other-organisation-404', { status: 404 });
  await context.close();
}

/// Administrators and data-protection officers have pages of their own.
async function oversight(browser, base) {
  console.log('Administration and audit');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en' });
  const page = await context.newPage();
  await login(page, base, 'admin');
  await page.goto(`${base}/admin/users`);
  await visit(page, 'admin-users');
  await page.fill('#username', 'x');
  await page.click('form[action="/admin/users"] button[type=submit]');
  // With JavaScript on, htmx swaps the answer in: wait for it rather than for a page load.
  await page.locator('.field.invalid').first().waitFor({ timeout: 10_000 }).catch(() => {});
  check(await page.locator('.field.invalid').count() >= 2, 'user form: errors beside fields');
  await context.close();
  const dpo = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'pt' });
  const dpoPage = await dpo.newPage();
  await login(dpoPage, base, 'dpo');
  await dpoPage.goto(`${base}/audit?action=case.read_sensitive`);
  check((await dpoPage.locator('tbody tr').count()) > 0, 'sensitive reads appear in the audit log');
  await visit(dpoPage, 'dpo-audit');
  await dpo.close();
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
try {
  // JOURNEYS=reintegration,return runs only those (while working on one); all by default.
  const only = process.env.JOURNEYS?.split(',');
  const runs = (name) => !only || only.includes(name);
  const helpers = { visit, check, login, password: PASSWORD };
  if (runs('french')) {
    const caseUrl = await frenchJourney(browser, server.base);
    await arabicJourney(browser, server.base);
    await otherOrganisation(browser, server.base, caseUrl);
    await oversight(browser, server.base);
  }
  if (runs('return')) await returnJourney(browser, server.base, helpers);
  if (runs('reintegration')) await reintegrationJourney(browser, server.base, helpers);
  console.log('Page weights (cold load, compressed, everything included)');
  for (const entry of pagesToWeigh) {
    const result = await weigh(browser, entry, 360);
    weights.push(result);
    check(result.status === result.expected, `${result.name}: reloading it answered ${result.status}`);
    check(result.bytes <= PAGE_BUDGET, `${result.name}: ${result.bytes} bytes > ${PAGE_BUDGET}`);
    check(result.overflow <= 0, `${result.name}: ${result.overflow} px wider than a 360-px screen`);
  }
} catch (error) {
  failures.push(`journey stopped: ${error.stack ?? error}`);
} finally {
  await browser.close();
  server.stop();
}

const table = ['| Page | Transferred (bytes) | Fits 360 px |', '| --- | ---: | --- |',
  ...weights.map((w) => `| ${w.name} | ${w.bytes} | ${w.overflow <= 0 ? 'yes' : `no (+${w.overflow} px)`} |`)].join('\n');
console.log(table);
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'page-weights.json'), JSON.stringify(weights, null, 2));
if (process.env.UPDATE_DOCS && !process.env.JOURNEYS) {
  const doc = join(root, 'docs', 'PERFORMANCE.md');
  const text = readFileSync(doc, 'utf8');
  const updated = text.replace(/(<!-- page-weights:start -->)[\s\S]*?(<!-- page-weights:end -->)/, `$1\n${table}\n$2`);
  writeFileSync(doc, updated);
}
if (failures.length) {
  console.error(`\n${failures.length} failure(s):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll browser checks passed.');
