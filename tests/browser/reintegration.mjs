// Browser journey of reintegration: a returnee who arrived three months ago gets a needs
// assessment; a plan over the programme's ceilings is refused with each ceiling named; the
// corrected plan is approved by a second officer (the drafter cannot); the first tranche is
// paid with a receipt; a referral is accepted and completed by the provider's own user, who
// cannot open the case; the 3-month follow-up, overdue on the home page, is surveyed and scored.
// Called from run.mjs, which passes its helpers.

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

/// A tiny PNG, as a phone photo of a receipt would be (the server checks the magic bytes).
const RECEIPT = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201' +
  'a0d3f1d40000000049454e44ae426082', 'hex');

export async function reintegrationJourney(browser, base, { visit, check, login, password }) {
  console.log('Reintegration journey: needs, plan refused then approved by a second officer, tranche, referral, survey');
  const reception = (await api(base, null, 'POST', '/api/v1/auth/login', { username: 'reception', password })).token;
  const points = await api(base, reception, 'GET', '/api/v1/border-points');
  const bamako = points.find((p) => p.code === 'BKO');
  const arrived = new Date(Date.now() - 100 * 24 * 3600 * 1000).toISOString().slice(0, 16);
  const registered = await api(base, reception, 'POST', '/api/v1/arrivals/spontaneous', {
    point_id: bamako.id, arrived_at: arrived, coming_from: 'LBY', given_names: 'Oumar', family_name: 'Diarra',
    sex: 'male', date_of_birth: '1996', claimed_nationality: 'MLI', languages: ['bm', 'fr'],
    contacts: [{ kind: 'phone', value: '+223 76 45 12 90' }],
    community_of_return: { admin1_name: 'Bamako', locality: 'Bamako' },
  });
  const caseId = registered.arrival.case_id;
  const caseNumber = registered.case_number;

  const officerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const officer = await officerContext.newPage();
  await login(officer, base, 'reintegration');
  await officer.goto(`${base}/cases/${caseId}#reintegration`);
  check((await officer.textContent('#reintegration')).includes('3 months'), 'arrival started the 3-, 6- and 12-month follow-ups');
  await visit(officer, 'reint-01-case');

  // An opportunity published for returnees to Bamako; a wrong country is refused beside its field.
  await officer.goto(`${base}/opportunities`);
  await officer.click('#add-opportunity summary');
  await officer.selectOption('#n-kind', 'training');
  await officer.fill('#n-title', 'Couture et patronage (4 mois)');
  await officer.fill('#n-sector', 'couture');
  await officer.fill('#n-country', 'XX');
  await officer.fill('#n-area_name', 'Bamako');
  await officer.fill('#n-offered_by', 'Centre de formation professionnelle de Bamako');
  await officer.fill('#n-places', '12');
  const invalid = officer.waitForResponse((r) => r.url() === `${base}/opportunities` && r.request().method() === 'POST');
  await officer.click('#add-opportunity button[type=submit]');
  check((await invalid).status() === 422, 'a wrong country is refused (422)');
  await officer.waitForLoadState('load');
  check(await officer.isVisible('#add-opportunity .field.invalid #n-country'), 'the refusal is beside the country field');
  await officer.fill('#n-country', 'MLI');
  await officer.click('#add-opportunity button[type=submit]');
  await officer.waitForURL(/done=opportunity/);
  check((await officer.textContent('main')).includes('Couture et patronage'), 'the opportunity is published');
  await visit(officer, 'reint-00-opportunities');
  await officer.goto(`${base}/cases/${caseId}#reintegration`);

  // Needs assessment.
  await officer.click('#reintegration details:has(form[action$="/needs-assessments"]) > summary');
  await officer.selectOption('#n-economic-level', 'high');
  await officer.selectOption('#n-social-level', 'medium');
  await officer.selectOption('#n-psychosocial-level', 'medium');
  await officer.fill('#n-psychosocial-note', 'Sleeps badly since detention in Libya');
  await officer.fill('#n-skills', 'commerce, tailoring');
  await officer.check('#reintegration input[name=priorities][value=business_start_up]');
  await officer.check('#reintegration input[name=priorities][value=psychosocial_support]');
  await officer.click('#reintegration form[action$="/needs-assessments"] button[type=submit]');
  await officer.waitForURL(/done=needs/);
  check((await officer.textContent('#reintegration')).includes('Business start-up'), 'needs assessment recorded with its priorities');

  // A plan over the ceilings: refused, every ceiling named, nothing saved.
  await officer.click('#reintegration details:has(form[action$="/plans"]) > summary');
  await officer.fill('#p-title', 'Tailoring workshop in Bamako');
  await officer.selectOption('#p-currency', 'XOF');
  await officer.selectOption('#p-type-0', 'business_start_up');
  await officer.fill('#p-desc-0', 'Two sewing machines, fabric, rent of the workshop');
  await officer.fill('#p-budget-0', '900000');
  await officer.selectOption('#p-modality-0', 'in_kind');
  await officer.selectOption('#p-type-1', 'vocational_training');
  await officer.fill('#p-desc-1', 'Pattern-making course');
  await officer.fill('#p-budget-1', '200000');
  await officer.selectOption('#p-modality-1', 'cash');
  const course = await officer.locator('#p-opp-1 option', { hasText: 'Couture et patronage' }).getAttribute('value');
  await officer.selectOption('#p-opp-1', course);
  await officer.fill('#p-mdesc-0', 'Workshop rented, machines bought');
  await officer.fill('#p-mamount-0', '600000');
  await officer.fill('#p-mdesc-1', 'Workshop running for three months');
  await officer.fill('#p-mamount-1', '500000');
  const refusal = officer.waitForResponse((r) => r.url().endsWith(`/cases/${caseId}/plans`));
  await officer.click('#reintegration form[action$="/plans"] button[type=submit]');
  check((await refusal).status() === 409, 'a plan over the ceilings is refused (409)');
  const alert = await officer.textContent('.alert');
  check(alert.includes('1,100,000 XOF') && alert.includes('1,000,000 XOF'), `the per-person ceiling is named: ${alert}`);
  check(alert.includes('900,000 XOF') && alert.includes('700,000 XOF'), 'the business start-up ceiling is named');
  check((await officer.locator('#reintegration a[href^="/plans/"]').count()) === 0, 'nothing was saved');
  await visit(officer, 'reint-02-plan-over-ceiling', { status: 409, measure: false });

  // Corrected: the form came back with what was typed.
  check(await officer.inputValue('#p-title') === 'Tailoring workshop in Bamako', 'the refused form keeps what was typed');
  await officer.fill('#p-budget-0', '600000');
  await officer.fill('#p-budget-1', '150000');
  await officer.fill('#p-mamount-0', '400000');
  await officer.fill('#p-mamount-1', '350000');
  await officer.click('#reintegration form[action$="/plans"] button[type=submit]');
  await officer.waitForURL(/\/plans\/[0-9a-f-]+\?done=plan/);
  const planUrl = officer.url().split('?')[0];
  await officer.click('form[action$="/submit"] button[type=submit]');
  await officer.waitForURL(/done=plan_submitted/);
  check((await officer.locator('form[action$="/approve"]').count()) === 0, 'the drafter is not offered the approval');
  check((await officer.textContent('#approval')).includes('another officer'), 'the four-eyes rule is explained to the drafter');
  await visit(officer, 'reint-03-plan-submitted');

  // A second officer approves it; the programme's committed budget grows by the plan's total.
  const officerToken = (await api(base, null, 'POST', '/api/v1/auth/login', { username: 'reintegration', password })).token;
  const committed = async () => (await api(base, officerToken, 'GET', '/api/v1/programmes'))
    .find((p) => p.programme.code === 'IOM-WA-REINT-2026').budget.find((b) => b.currency === 'XOF').committed;
  const before = await committed();
  const approverContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const approver = await approverContext.newPage();
  await login(approver, base, 'reintegration.approver');
  await approver.click('nav a[href="/plans"]');
  await approver.waitForURL(`${base}/plans`);
  await visit(approver, 'reint-04-plans-to-approve');
  await approver.click('main a:has-text("Tailoring workshop in Bamako")');
  await approver.waitForURL(/\/plans\/[0-9a-f-]+$/);
  await approver.click('form[action$="/approve"] button[type=submit]');
  await approver.waitForURL(/done=plan_approved/);
  check((await approver.textContent('#plan-status')).includes('Approved'), 'the plan is approved by the second officer');
  const after = await committed();
  check(after.minor - before.minor === 750000, `the plan's 750,000 XOF are committed on the programme (${before.minor} → ${after.minor})`);
  await approver.goto(`${base}/programmes`);
  check((await approver.textContent('main')).includes(`${after.minor.toLocaleString('en')} XOF`), 'the programme page shows the committed budget');
  await visit(approver, 'reint-05-programmes');
  await approverContext.close();

  // First milestone reached, first tranche paid against a receipt.
  await officer.goto(planUrl);
  await officer.locator('form[action$="/milestones"] button[type=submit]').first().click();
  await officer.waitForURL(/done=milestone/);
  await officer.click('#milestones details > summary');
  await officer.setInputFiles('#milestones input[name=proof]', { name: 'receipt.png', mimeType: 'image/png', buffer: RECEIPT });
  await officer.click('#milestones form[action$="/tranches"] button[type=submit]');
  await officer.waitForURL(/done=tranche/);
  const proof = officer.locator('#tranches a', { hasText: 'receipt.png' });
  check((await proof.count()) === 1, 'the tranche is listed with its receipt');
  const download = await officer.request.get(`${base}${await proof.getAttribute('href')}`);
  check(download.status() === 200 && (await download.body()).equals(RECEIPT), 'the receipt downloads as it was sent');
  check((await officer.textContent('header.panel')).includes('400,000 XOF'), 'the amount paid is shown');
  await visit(officer, 'reint-06-tranche-paid');

  // Referral to the training centre in Bamako.
  await officer.goto(`${base}/cases/${caseId}#reintegration`);
  await officer.click('#reintegration details:has(form[action$="/service-referrals"]) > summary');
  const centre = await officer.locator('#s-provider option', { hasText: 'Bamako' }).first().getAttribute('value');
  await officer.selectOption('#s-provider', centre);
  await officer.selectOption('#s-service', 'vocational_training');
  await officer.fill('#s-reason', 'Pattern-making course for the tailoring workshop of the plan');
  await officer.click('#reintegration form[action$="/service-referrals"] button[type=submit]');
  await officer.waitForURL(/done=service_referral/);

  // The provider's user answers it, and cannot open the case.
  const providerContext = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fr-FR' });
  const provider = await providerContext.newPage();
  await provider.goto(`${base}/login`);
  await provider.fill('#username', 'provider');
  await provider.fill('#password', password);
  await provider.click('form[action="/login"] button[type=submit]');
  await provider.waitForURL(`${base}/referrals`);
  await visit(provider, 'reint-07-provider-inbox');
  await provider.click('main a:has-text("Oumar DIARRA")');
  await provider.waitForURL(/\/referrals\/[0-9a-f-]+$/);
  const seen = await provider.textContent('main');
  check(seen.includes('+223') && !seen.includes(caseNumber), 'the provider sees the phone, not the case');
  await visit(provider, 'reint-08-provider-referral');
  await provider.fill('#a-text', 'Inscrit à la session de janvier.');
  await provider.click('button[name=action][value=accept]');
  await provider.waitForURL(/done=accept/);
  await provider.fill('#a-text', 'Formation terminée, attestation remise.');
  await provider.click('button[name=action][value=complete]');
  await provider.waitForURL(/done=complete/);
  const forbidden = await provider.goto(`${base}/cases/${caseId}`);
  check(forbidden.status() === 403 || forbidden.status() === 404, `the provider cannot open the case (${forbidden.status()})`);
  await providerContext.close();
  const section = await api(base, officerToken, 'GET', `/api/v1/cases/${caseId}/reintegration`);
  check(section.referrals[0]?.status === 'completed', 'the referral is completed, with feedback both ways');

  // The 3-month follow-up is overdue: on the home page's queue, and marked on the case.
  await officer.goto(`${base}/`);
  check((await officer.locator('main section:has(#follow-ups) li').count()) >= 1, 'overdue follow-ups are in the work queue');
  await officer.goto(`${base}/cases/${caseId}#reintegration`);
  const due = officer.locator('#reintegration li:has(.badge.urgent) a[href^="/follow-ups/"]');
  check((await due.count()) === 1, 'the 3-month follow-up is marked overdue on the case');
  await due.first().click();
  await officer.waitForURL(/\/follow-ups\//);
  check(await officer.isVisible('#unweighted'), 'the default scheme is labelled unweighted');
  for (const [question, answer] of Object.entries({
    income_satisfaction: 'satisfied', work_status: 'occasional', food_reduced: 'sometimes', debt_burden: 'less',
    productive_assets: 'yes', housing: 'good', health_access: 'limited', school_access: 'no_children',
    documents: 'yes', safe_water: 'good', community_participation: 'sometimes', support_network: 'yes',
    discrimination: 'never', distress: 'sometimes', wish_to_migrate: 'dont_know',
  })) {
    await officer.check(`input[name="answer.${question}"][value="${answer}"]`);
  }
  await visit(officer, 'reint-09-survey-form');
  await officer.click('#survey-form button[type=submit]');
  await officer.waitForURL(/done=survey/);
  const scores = await officer.locator('#scores .scores strong').allTextContents();
  check(scores.length === 4 && scores.every((s) => /^[01]\.\d\d$/.test(s)), `economic, social, psychosocial and composite scores in [0, 1]: ${scores}`);
  check((await officer.textContent('#scores')).includes('Do you feel you must leave again'), '"don\'t know" is left out of the score, and said so');
  await visit(officer, 'reint-10-survey-scored');

  // A directory entry changed: the training centre (Bamako, Koulikoro) now also covers Sikasso.
  await officer.goto(`${base}/directory`);
  await officer.click('#providers ~ ul li:has-text("Centre de formation professionnelle de Bamako") a[href^="/directory/"]');
  await officer.waitForURL(/\/directory\/[0-9a-f-]+/);
  check(await officer.inputValue('#v-area-1') === 'Koulikoro', 'the form holds the areas already covered');
  await officer.fill('#v-country-2', 'MLI');
  await officer.fill('#v-area-2', 'Sikasso');
  await officer.fill('#v-pcode-2', 'ML03');
  await visit(officer, 'reint-15-directory-change');
  await Promise.all([officer.waitForNavigation(), officer.click('#add-provider button[type=submit]')]);
  const entry = await officer.textContent('#providers ~ ul li:has-text("Centre de formation professionnelle de Bamako")');
  check(entry.includes('Koulikoro') && entry.includes('Sikasso'), 'the directory entry keeps its areas and covers a third');

  // The opportunity published earlier gets more places.
  await officer.goto(`${base}/opportunities`);
  await officer.click('li:has-text("Couture et patronage") a[href^="/opportunities/"]');
  await officer.waitForURL(/\/opportunities\/[0-9a-f-]+/);
  check(await officer.inputValue('#n-title') === 'Couture et patronage (4 mois)', 'the form holds the opportunity');
  await officer.fill('#n-places', '15');
  await visit(officer, 'reint-16-opportunity-change');
  await Promise.all([officer.waitForNavigation(), officer.click('#add-opportunity button[type=submit]')]);
  check((await officer.textContent('li:has-text("Couture et patronage")')).includes('15'), 'the opportunity now offers 15 places');

  // The same case and plan in Arabic, right to left: amounts, dates and the domain's words.
  await officer.selectOption('#footer-language', 'ar');
  await Promise.all([officer.waitForNavigation(), officer.click('#footer-language ~ button')]);
  await officer.goto(`${base}/cases/${caseId}#reintegration`);
  check(await officer.getAttribute('html', 'dir') === 'rtl', 'the reintegration pages are right to left in Arabic');
  await visit(officer, 'reint-13-ar-case');
  await officer.goto(planUrl);
  await visit(officer, 'reint-14-ar-plan');
  await officerContext.close();

  // The administrator defines a programme on the programmes page; a ceiling that is not an
  // amount is refused beside its row, then the corrected programme is listed.
  const adminContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const admin = await adminContext.newPage();
  await login(admin, base, 'admin');
  await admin.goto(`${base}/programmes#programme-form`);
  await admin.fill('#g-code', 'GIN-REINT-2027');
  await admin.fill('#g-name', 'Réintégration en Guinée forestière');
  await admin.fill('#g-countries', 'GIN');
  await admin.check('input[name=categories][value=assisted_voluntary_return_and_reintegration]');
  await admin.selectOption('#g-currency-0', 'GNF');
  await admin.fill('#g-per-person-0', 'neuf millions');
  await admin.fill('#g-budget-0', '900000000');
  await admin.selectOption('#g-item-type-0', 'vocational_training');
  await admin.selectOption('#g-item-currency-0', 'GNF');
  await admin.fill('#g-item-amount-0', '3000000');
  await admin.fill('#g-cash', '25');
  await admin.fill('#g-months', '3 6 12');
  await admin.click('#programme-form button[type=submit]');
  await admin.locator('#programme-form .error').first().waitFor();
  await visit(admin, 'reint-11-programme-refused', { measure: false });
  await admin.fill('#g-per-person-0', '9000000');
  await Promise.all([admin.waitForNavigation(), admin.click('#programme-form button[type=submit]')]);
  check((await admin.locator('#programme-form .error').count()) === 0, 'the corrected programme is accepted');
  check((await admin.textContent('main')).includes('GIN-REINT-2027'), 'the new programme is listed with its budget');
  await visit(admin, 'reint-12-programmes-admin');
  await adminContext.close();
}
