// Browser journeys of the return journey: a consular request answered by the consulate, a
// convoy to a land border with a manifest that refuses a blocked case by naming its guard, the
// departure, the expected arrival confirmed at the border point, post-arrival assistance, and a
// returnee nobody announced registered on the spot. Called from run.mjs, which passes its helpers.

const isoDate = (d) => d.toISOString().slice(0, 10);
const isoMoment = (d) => d.toISOString().slice(0, 16);

async function api(base, token, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return json;
}

/// A case of the counsellor in pre-departure, prepared through the API (the UI of these steps
/// is walked by the French journey); returns its id and number.
async function preparedCase(base, token, given, family, { consentToShare }) {
  const today = isoDate(new Date());
  const person = await api(base, token, 'POST', '/api/v1/persons', {
    registered_in: 'NER', given_names: given, family_name: family, sex: 'male', date_of_birth: '1994-08-12',
    claimed_nationality: 'MLI', languages: ['bm', 'fr'],
  });
  const opened = await api(base, token, 'POST', '/api/v1/cases', {
    principal: person.id, category: 'assisted_voluntary_return_and_reintegration', host_country: 'NER', return_country: 'MLI',
    return_country_relation: 'origin', community_of_return: { admin1_name: 'Ségou', locality: 'San' },
  });
  const path = `/api/v1/cases/${opened.id}`;
  await api(base, token, 'POST', `${path}/transitions`, { to: 'counselling' });
  await api(base, token, 'POST', `${path}/counselling-sessions`, { held_on: today, mode: 'in_person', language: 'bm', interpreter: 'Fanta Coulibaly', topics: ['return_process', 'right_to_withdraw'] });
  await api(base, token, 'POST', `${path}/consents`, { purpose: 'return', given_on: today, method: 'signature', language: 'bm' });
  if (consentToShare) {
    await api(base, token, 'POST', `${path}/consents`, { purpose: 'data_sharing_with_authorities', given_on: today, method: 'signature', language: 'bm' });
  }
  await api(base, token, 'POST', `${path}/transitions`, { to: 'decided' });
  await api(base, token, 'POST', `${path}/transitions`, { to: 'pre_departure' });
  return { id: opened.id, number: opened.number };
}

export async function returnJourney(browser, base, { visit, check, login, password }) {
  console.log('Return journey: consulate, convoy to a land border, arrival, assistance');
  const { token } = await api(base, null, 'POST', '/api/v1/auth/login', { username: 'counsellor', password });
  const ready = await preparedCase(base, token, 'Boubacar', 'Keïta', { consentToShare: true });
  const blocked = await preparedCase(base, token, 'Adama', 'Sissoko', { consentToShare: false });
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);

  // The counsellor sends the consular request from the case page.
  const counsellor = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await counsellor.newPage();
  await login(page, base, 'counsellor');
  await page.goto(`${base}/cases/${ready.id}`);
  await page.click('#journey details:has(form[action$="/consular-requests"]) > summary');
  await page.check('#journey input[name=evidence][value=birth_certificate]');
  await page.check('#journey input[name=evidence][value=consular_card]');
  await page.selectOption('#j-exemption', 'destitution');
  await page.click('#journey form[action$="/consular-requests"] button[type=submit]');
  await page.waitForURL(/done=consular/);
  check((await page.textContent('#journey')).includes('Mali'), 'the request to the Malian mission is on the case');
  await visit(page, 'journey-01-consular-request');

  // The consular officer of the mission sees the request — and not the case — and answers it.
  const consulate = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const officer = await consulate.newPage();
  await login(officer, base, 'consular.mli');
  await officer.goto(`${base}/consular`);
  check((await officer.textContent('main')).includes('KEÏTA'), 'the consulate sees the request addressed to it');
  await visit(officer, 'journey-02-consular-requests');
  await officer.click('a:has-text("Boubacar KEÏTA")');
  check(!(await officer.textContent('main')).includes(ready.number), 'the consulate is not shown the case number');
  await officer.selectOption('#status', 'nationality_confirmed');
  await officer.click('#decision button[type=submit]');
  await officer.waitForURL(/done=decision/);
  await officer.selectOption('#status', 'document_issued');
  await officer.selectOption('#document_kind', 'laissez_passer');
  await officer.fill('#document_number', 'ML-LP-2026-0107');
  await officer.fill('#expires_on', isoDate(new Date(Date.now() + 90 * 24 * 3600 * 1000)));
  await officer.click('#decision button[type=submit]');
  await officer.locator('header.panel', { hasText: 'MLLP20260107' }).waitFor();
  check((await officer.textContent('header.panel')).includes('Document délivré'), 'the document is issued');
  await visit(officer, 'journey-03-document-issued');
  const caseByUrl = await officer.goto(`${base}/cases/${ready.id}`);
  check(caseByUrl.status() === 404, `the consulate cannot open the case (${caseByUrl.status()})`);
  await consulate.close();

  // Ready to travel: the issued laissez-passer is on the case, nothing blocks departure.
  await page.goto(`${base}/cases/${ready.id}`);
  check((await page.textContent('#documents')).includes('MLLP20260107'), 'the issued document is recorded on the case');
  check((await page.locator('#moves .alert').count()) === 0, 'nothing blocks the departure');
  await visit(page, 'journey-04-ready-to-travel');

  // A convoy to the Labbezanga border post.
  await page.goto(`${base}/operations`);
  await page.fill('#o-reference', 'NIM-LABBEZ-CONVOI');
  await page.selectOption('#o-kind', 'convoy');
  await page.selectOption('#o-from-country', 'NER');
  await page.selectOption('#o-to-country', 'MLI');
  await page.selectOption('#o-point', { label: (await page.locator('#o-point option', { hasText: 'MLI-LABBEZ' }).textContent()).trim() });
  await page.fill('#o-date', isoDate(tomorrow));
  await page.fill('#o-capacity', '40');
  // Two legs by road: to Tillabéri, where the convoy stops for the night, then to the border.
  const hours = (h) => isoMoment(new Date(tomorrow.getTime() + h * 3600 * 1000));
  const legs = [
    ['Niamey, centre de transit', 'Tillabéri', 0, 3],
    ['Tillabéri', 'MLI-LABBEZ', 14, 19],
  ];
  for (const [i, [from, to, departs, arrives]] of legs.entries()) {
    await page.selectOption(`#o-mode-${i}`, 'land');
    await page.fill(`#o-carrier-${i}`, 'SNTV');
    await page.fill(`#o-number-${i}`, 'CV-12');
    await page.fill(`#o-from-${i}`, from);
    await page.fill(`#o-to-${i}`, to);
    await page.fill(`#o-departs-${i}`, hours(departs));
    await page.fill(`#o-arrives-${i}`, hours(arrives));
  }
  await visit(page, 'journey-05-plan-operation');
  await page.click('#plan button[type=submit]');
  await page.waitForURL(/\/operations\/[0-9a-f-]+$/);
  const route = await page.textContent('main');
  check(route.includes('Tillabéri') && route.includes('MLI-LABBEZ'), 'the convoy has both its legs');

  // A case without a travel document is refused, and the refusal names the guard.
  await page.fill('#case_number', blocked.number);
  await page.click('#add-case button[type=submit]');
  await page.locator('#refusal').waitFor();
  const refusal = await page.textContent('#refusal');
  check(/document de voyage/.test(refusal), `the refusal names the unmet guard: ${refusal}`);
  await visit(page, 'journey-06-manifest-refused', { measure: false });
  await page.fill('#case_number', ready.number);
  await page.click('#add-case button[type=submit]');
  await page.waitForURL(/done=manifest/);
  check((await page.textContent('#manifest')).includes('KEÏTA'), 'the ready case is on the manifest');
  check(!(await page.textContent('#manifest')).includes('SISSOKO'), 'the blocked case is not');
  await visit(page, 'journey-07-manifest');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href$="/manifest.csv"]')]);
  check(download.suggestedFilename() === 'manifest-NIM-LABBEZ-CONVOI.csv', `manifest export (${download.suggestedFilename()})`);
  await page.click('#depart button[type=submit]');
  await page.waitForURL(/done=departed/);
  check((await page.textContent('header.panel')).includes('Partie'), 'the convoy has departed');
  await visit(page, 'journey-08-departed');
  await counsellor.close();

  // At the border post: the expected arrival is confirmed in one click, then assistance given.
  const border = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const reception = await border.newPage();
  await login(reception, base, 'reception');
  await reception.goto(`${base}/arrivals`);
  const notice = reception.locator('article', { hasText: 'NIM-LABBEZ-CONVOI' });
  check((await notice.textContent()).includes('Boubacar KEÏTA'), 'reception sees who is coming');
  await visit(reception, 'journey-09-expected-arrivals');
  await notice.locator('form:has(input[name=case_id]) button').click();
  await reception.waitForURL(/\/arrivals\/[0-9a-f-]+\?done=arrival/);
  check((await reception.textContent('main')).includes('Labbezanga'), 'arrival registered at the border point');
  await visit(reception, 'journey-10-arrival-confirmed');
  await reception.selectOption('#a-kind', 'pocket_money');
  await reception.fill('#a-amount', '25 000');
  await reception.fill('#a-detail', 'remis en main propre');
  await reception.click('#assistance button[type=submit]');
  await reception.waitForURL(/done=assistance/);
  check((await reception.textContent('#assistance table')).includes('Pécule'), 'pocket money recorded');
  await reception.selectOption('#a-kind', 'onward_transport');
  await reception.fill('#a-detail', 'car jusqu’à San');
  await reception.click('#assistance button[type=submit]');
  await reception.locator('#assistance table', { hasText: 'San' }).waitFor();
  await visit(reception, 'journey-11-assistance');

  // A returnee nobody announced, registered on the spot at the Gogui land border.
  await reception.goto(`${base}/arrivals/new`);
  await reception.selectOption('#s-point', { label: (await reception.locator('#s-point option', { hasText: 'Gogui' }).textContent()).trim() });
  await reception.fill('#s-given', 'Seydou');
  await reception.fill('#s-family', 'Traoré');
  await reception.check('input[name=sex][value=male]');
  await reception.fill('#s-dob', '1999');
  await reception.selectOption('#s-nationality', 'MLI');
  await reception.selectOption('#s-from', 'MRT');
  await reception.selectOption('#s-language', 'bm');
  await reception.fill('#s-region', 'Kayes');
  await reception.fill('#s-locality', 'Nioro du Sahel');
  await visit(reception, 'journey-12-spontaneous-form');
  await reception.click('form[action="/arrivals/new"] button[type=submit]');
  await reception.waitForURL(/\/arrivals\/[0-9a-f-]+\?done=registered/);
  const registered = await reception.textContent('main');
  check(registered.includes('Gogui') && registered.includes('Retour spontané'), 'spontaneous returnee registered at the land border');
  await visit(reception, 'journey-13-spontaneous-registered');
  await reception.click('header.panel a[href^="/cases/"]');
  check((await reception.textContent('header.panel')).includes('Retour spontané'), 'a case of spontaneous return is open');
  await border.close();

  const analysis = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const analyst = await analysis.newPage();
  await login(analyst, base, 'admin');
  await analyst.goto(`${base}/indicators`);
  check((await analyst.locator('main table').count()) >= 1, 'indicators computed');
  await visit(analyst, 'journey-14-indicators');

  // The administrator keeps the list of points: a point's place is corrected on its form.
  await analyst.goto(`${base}/points`);
  await analyst.click('a[href^="/points/"]:text("MLI-LABBEZ")');
  await analyst.waitForURL(/\/points\/[0-9a-f-]+/);
  await analyst.fill('#p-locality', 'Labbezanga (poste de douane)');
  await visit(analyst, 'journey-15-border-point');
  await analyst.click('#points-form button[type=submit]');
  await analyst.waitForURL(`${base}/points`);
  check((await analyst.textContent('main table')).includes('Labbezanga (poste de douane)'), 'the point is changed');
  await analysis.close();

  // An independent monitor: their pool profile, then a submitted report of a forced-return
  // charter, which never changes: what the monitor adds later is a correction naming it.
  const monitoring = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const monitor = await monitoring.newPage();
  await login(monitor, base, 'monitor.npm');
  await monitor.goto(`${base}/operations`);
  await monitor.locator('#profile').waitFor();
  await visit(monitor, 'journey-16-monitor-profile');
  await monitor.click('main table tr:has(.badge) a[href^="/operations/"]');
  await monitor.waitForURL(/\/operations\/[0-9a-f-]+$/);
  await monitor.click('#reports a[href^="/reports/"]');
  await monitor.waitForURL(/\/reports\/[0-9a-f-]+$/);
  const original = monitor.url();
  check((await monitor.locator('#correction').count()) === 1 && (await monitor.locator('form[action^="/reports/"]').count()) === 0,
    'a submitted report offers a correction, not an edit');
  await visit(monitor, 'journey-17-monitor-report');
  await monitor.fill('#r-summary', 'Correction : l’interprète est arrivé avec une heure de retard.');
  await monitor.selectOption('#r-topic', { index: 1 });
  await monitor.fill('#r-finding', 'Information donnée avant l’embarquement, avec interprète.');
  await monitor.click('#correction button[type=submit]');
  await monitor.waitForURL((url) => /\/reports\/[0-9a-f-]+$/.test(url.pathname) && url.href !== original);
  check((await monitor.textContent('main')).includes('une heure de retard'), 'the correction is saved as a draft');
  check((await monitor.locator(`header a[href="${new URL(original).pathname}"]`).count()) === 1, 'the correction names the report it corrects');
  await visit(monitor, 'journey-18-monitor-correction');
  await monitoring.close();
}
