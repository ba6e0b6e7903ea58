# The return journey: consular verification, readiness to travel, operations, monitoring,
# arrivals and assistance, indicators.

nav-consular = Consular
nav-operations = Operations
nav-arrivals = Arrivals
nav-indicators = Indicators
role-escort-officer = Escort officer

## Case page section
journey-section = Journey home
journey-consular = Consular verification and travel documents
journey-consular-add = Send a request to a consular mission
journey-consular-send = Send the request
journey-readiness = Ready to travel
journey-fitness = Fitness to travel:
journey-fitness-add = Record a fitness-to-travel clearance
journey-fitness-outcome = Outcome
journey-fitness-conditions = Conditions of travel
journey-assessed-on = Assessed on
journey-assessed-by = Doctor or clinic
readiness-valid-until = valid until
journey-escort = Escort:
journey-escort-add = Assign an escort
journey-escort-kind = Kind of escort
journey-escort-remove = Remove
journey-interpreter = Interpreter:
journey-interpreter-add = Book an interpreter
journey-operations = Return operations
journey-arrivals = Arrivals
journey-blocked-by = Refused: a departure guard does not hold.
field-date = Date
field-currency = Currency
field-admin1 = Region

## Guards of readiness to travel
guard-fitness-to-travel-missing = The person has medical needs, and no fitness-to-travel clearance is valid on the day of departure.
guard-fitness-to-travel-missing-remedy = Record a doctor's fitness-to-travel clearance valid on the day of departure.
guard-unfit-to-travel = The latest medical assessment found the person unfit to travel.
guard-unfit-to-travel-remedy = Postpone the departure; record a new assessment once the person is fit to travel.
guard-medical-escort-missing = The person needs a medical escort, and none is assigned for the journey.
guard-medical-escort-missing-remedy = Assign a medical escort (doctor or nurse).
guard-child-escort-missing = An unaccompanied or separated child never travels alone, and no escort for the child is assigned for the journey.
guard-child-escort-missing-remedy = Assign a guardian or child-protection escort to travel with the child.
guard-escort-officer-missing = A forced return is escorted, and no escort officer is assigned to the person.
guard-escort-officer-missing-remedy = Assign an escort officer to the person.
guard-interpreter-missing = The person needs an interpreter, and none is booked for the journey and the arrival.
guard-interpreter-missing-remedy = Book an interpreter for the person's language.

event-fitness-to-travel-recorded = Fitness to travel recorded
event-escort-assigned = Escort assigned
event-escort-removed = Escort removed
event-interpreter-arranged = Interpreter booked
event-arrival-registered = Arrival registered

done-consular = The request is sent to the consular mission.
done-fitness = The fitness-to-travel clearance is recorded.
done-escort = The escort is assigned.
done-escort-removed = The escort is removed.
done-interpreter = The interpreter is booked.
done-manifest = The case is on the manifest.
done-manifest-removed = The manifest is updated.
done-departed = The operation has departed; its cases are marked as departed.
done-escort-officer = The escort officer is assigned.
done-monitor = The monitor is assigned.
done-arrival = The arrival is confirmed.
done-assistance = The assistance is recorded.

## Consular requests
consular-title = Consular requests
consular-request-title = Consular request
consular-turnaround = Turnaround per consulate
consular-overdue-after = { $count ->
    [one] A request still waiting after { $formatted } day is overdue.
   *[other] A request still waiting after { $formatted } days is overdue.
}
consular-mission = Consular mission
consular-requests = Requests
consular-open = Open
consular-overdue = Overdue
consular-issued-count = Documents issued
consular-median-days = Median days to issue
consular-show-all = Show all requests
consular-show-overdue = Show overdue requests only
consular-person = Person
consular-waiting = Time taken
consular-days = { $count ->
    [one] { $formatted } day
   *[other] { $formatted } days
}
consular-claimed-nationality = Nationality stated
consular-confirmed-nationality = Nationality confirmed
consular-document = Travel document
consular-evidence = Identity evidence sent
consular-fee = Consular fee
consular-fee-hint = amount in the currency, when a fee is charged
consular-fee-exempt = Fee waived
consular-fee-payable = No: the fee is charged
consular-requested = Requested
consular-interview = Interview
consular-place = Place
consular-issued = Document issued
consular-history = History
consular-decide = Record the mission's decision
consular-reason-hint = required when nationality is not confirmed or the document refused
consular-status-requested = Requested
consular-status-interview-scheduled = Interview scheduled
consular-status-nationality-confirmed = Nationality confirmed
consular-status-nationality-not-confirmed = Nationality not confirmed
consular-status-document-issued = Document issued
consular-status-document-refused = Document refused
evidence-passport = Passport
evidence-expired-passport = Expired passport
evidence-national-id-card = National identity card
evidence-birth-certificate = Birth certificate
evidence-consular-card = Consular card
evidence-photograph = Photograph
evidence-fingerprints = Fingerprints
evidence-witness-statement = Witness statement
evidence-other = Other
exemption-humanitarian-return = Humanitarian return
exemption-child = Child
exemption-destitution = Destitution
exemption-agreement = Readmission or bilateral agreement

## Operations
operations-title = Return operations
operations-list = Operations
operations-plan = Plan an operation
operations-plan-submit = Plan the operation
operation-title = Return operation
op-field-reference = Reference
op-field-kind = Kind
op-field-status = Status
op-field-date = Date
op-field-route = Route
op-field-arrival-point = Arrival point
op-field-seats = Seats
op-field-departure-country = Country of departure
op-field-mode = Mode
op-field-carrier = Carrier
op-field-number = Flight or convoy number
op-field-from = From
op-field-to = To
op-field-departs = Departs (UTC)
op-field-arrives = Arrives (UTC)
op-point-hint = IATA airport code for flights, a border point or a place for land and sea
op-leg = Leg
op-forced = Forced return
op-forced-hint = Forced-return operation (escort officers and monitors; no voluntary returnees)
op-departed-at = departed
op-export-csv = Manifest (CSV)
op-export-xlsx = Manifest (Excel)
op-manifest = Manifest
op-people = People
op-actions = Actions
op-remove = Remove
op-no-show = No-show
op-add-case = Case number
op-add = Put on the manifest
op-depart = The operation departs
op-depart-hint = Every case still listed moves to departed; the departure guards are checked again today.
op-team = Escorts and monitors
op-escort-officers = Escort officers
op-escort-assign = Escort officer
op-assign = Assign
op-monitors = Independent monitors
op-monitors-none = No monitor is assigned yet.
op-monitor-assign = Monitor from the pool
op-reports = Monitor reports
op-kind-charter-flight = Charter flight
op-kind-scheduled-flight = Group on a scheduled flight
op-kind-convoy = Convoy
op-kind-sea-crossing = Sea crossing
op-status-planned = Planned
op-status-departed = Departed
op-status-arrived = Arrived
op-status-cancelled = Cancelled
entry-status-listed = Listed
entry-status-no-show = No-show
entry-status-departed = Departed
entry-status-arrived = Arrived
mode-air = Air
mode-land = Land
mode-sea = Sea
mode-unknown = Not recorded
escort-kind-medical = Medical escort
escort-kind-child-escort = Escort for the child
escort-kind-escort-officer = Escort officer
escort-kind-other = Other escort
fitness-fit = Fit to travel
fitness-fit-with-conditions = Fit to travel, with conditions
fitness-unfit = Unfit to travel

## Monitoring
monitor-profile = My profile in the monitor pool
monitor-profile-none = You are not in the pool yet.
monitor-languages-hint = ISO 639 codes, separated by spaces (fr ff en)
monitor-available-from = Available from
monitor-available-to = to
report-title = Monitor report
report-new = Write a report
report-phase = Phase
report-summary = Summary
report-incident = Incident
report-incident-kind = Kind of incident
report-incident-at = When (UTC)
report-incidents = Incidents
report-observation = Fundamental-rights observation
report-observations = Fundamental-rights observations
report-topic = Right observed
report-finding = Finding
report-save-draft = Save the draft
report-submit = Submit the report
report-submit-hint = Once submitted, a report never changes; corrections are new reports.
report-submitted-on = Submitted on
report-edit = Edit the draft
report-back = Back to the operation
report-corrects = Report this one corrects
report-correction = correction
report-status-draft = Draft
report-status-submitted = Submitted
phase-pre-departure = Pre-departure
phase-in-flight = In flight
phase-hand-over = Hand-over
incident-use-of-force = Use of force
incident-means-of-restraint = Means of restraint
incident-medical = Medical
incident-complaint = Complaint
incident-other = Other
rights-dignity-and-respect = Dignity and respect
rights-information-in-a-language-understood = Information in a language understood
rights-access-to-medical-care = Access to medical care
rights-family-unity = Family unity
rights-best-interests-of-the-child = Best interests of the child
rights-proportionate-use-of-force = Proportionate use of force
rights-access-to-complaint-mechanism = Access to a complaint mechanism
rights-other = Other

## Arrivals
arrivals-title = Arrivals
arrivals-register-spontaneous = Register a returnee nobody announced
arrivals-expected = Expected arrivals
arrivals-expected-hint = Who is coming to your countries, when and where, and what to prepare for.
arrivals-expected-none = Nobody is announced.
arrivals-prepare = Prepare for
arrivals-destination = Going on to
arrivals-arrived = Arrived
arrivals-confirm-one = Confirm arrival
arrivals-confirm-all = Confirm the arrival of everyone
arrivals-recent = Arrivals of the last 30 days
arrivals-awaiting = Awaiting assistance
arrivals-age = { $count ->
    [one] { $formatted } year
   *[other] { $formatted } years
}
arrivals-age-about = { $count ->
    [one] about { $formatted } year
   *[other] about { $formatted } years
}
arrival-title = Arrival
arrival-field-kind = Arrival
arrival-field-mode = By
arrival-field-country = Country
arrival-kind-expected = Announced by a manifest
arrival-kind-spontaneous = Spontaneous return, registered on the spot
arrival-assistance = Post-arrival assistance
arrival-person = Person
arrival-what = Assistance
arrival-by = Given by
arrival-when = When (UTC)
arrival-amount = Amount
arrival-amount-hint = required for pocket money
arrival-detail = Details (destination, shelter, what was given)
arrival-record = Record the assistance
arrival-possible-duplicates = { $count ->
    [one] { $formatted } person already registered may be the same person: a case worker should check.
   *[other] { $formatted } persons already registered may be the same person: a case worker should check.
}
assistance-reception = Reception
assistance-pocket-money = Pocket money
assistance-onward-transport = Onward transport
assistance-temporary-shelter = Temporary shelter
assistance-medical-first-aid = Medical first aid
assistance-psychosocial-first-aid = Psychosocial first aid
spontaneous-title = A returnee nobody announced
spontaneous-hint = A short registration at the border: it opens a case of spontaneous return and records the arrival.
spontaneous-point = Border point or airport
spontaneous-when = Arrived (UTC)
spontaneous-coming-from = Coming back from
spontaneous-dob-hint = YYYY-MM-DD, or the year alone
spontaneous-submit = Register the arrival

## Indicators and points
indicators-title = Journey indicators
indicators-hint = Computed from the case histories; definitions in docs/INDICATORS.md.
indicators-returns = Returns by mode, country of return and month
indicators-month = Month
indicators-count = Returns
indicators-documents = Median days from travel-document request to issue, per consulate
indicators-assistance = Arrivals assisted within 72 hours
points-title = Border points and airports
points-list = The maintained list
points-add = Add a point
points-code = Code
points-code-hint = IATA code for an airport; 4 to 12 capitals, digits or dashes otherwise
points-kind = Kind
points-location = Location
points-latitude = Latitude
points-longitude = Longitude
point-kind-airport = Airport
point-kind-land-border = Land border crossing
point-kind-seaport = Seaport

## Refusals and field errors
refusal-consent-to-share-missing = First record the person's consent to share identity data with the authorities of the country of return.
refusal-case-not-preparing-departure = Consular requests are for cases preparing their departure.
refusal-consular-status-not-allowed = The request cannot take this status now.
refusal-case-not-ready = The case is not ready to travel (it must be in pre-departure).
refusal-wrong-destination = The case returns to another country than the operation's.
refusal-category-mismatch = Forced returns and voluntary returns never travel on the same operation.
refusal-already-listed = The case is already on the manifest.
refusal-not-listed = The case is not on the manifest.
refusal-capacity-exceeded = The operation has no seats left for the people of this case.
refusal-operation-not-planned = The operation is no longer planned.
refusal-operation-not-departed = The operation has not departed.
refusal-manifest-empty = Nobody on the manifest travels.
refusal-not-forced-operation = Monitors are assigned to forced-return operations only.
refusal-monitor-not-independent = A monitor must be independent of the organiser.
refusal-monitor-unavailable = The monitor is not available on the day.
refusal-already-assigned = Already assigned.
refusal-departure-blocked = Some cases cannot depart: remove them or mark them as no-shows, then try again.
refusal-nobody-expected = Nobody of this operation is expected any more.
refusal-report-submitted = A submitted report never changes; write a correction instead.
refusal-not-report-author = Only its author can change or submit a report.
refusal-report-exists = You already reported on this phase: edit the draft or write a correction.
invalid-evidence-required = Send at least one piece of identity evidence.
invalid-fee-required = Give the fee, or the reason it is waived.
invalid-fee-and-exemption = Either the fee is waived or it is charged, not both.
invalid-conditions-required = State the conditions of travel.
invalid-valid-before-assessed = The clearance ends before the assessment.
invalid-invalid-iata-code = Give the airport's three-letter IATA code (e.g. BKO).
invalid-invalid-point-code = 4 to 12 capital letters, digits or dashes (e.g. NER-ASSAMAKA).
invalid-invalid-coordinate = Decimal degrees, e.g. 13.51 or -2.11.
invalid-incomplete-location = Give both latitude and longitude, or neither.
invalid-invalid-datetime = Give a date and a time.
invalid-arrives-before-departure = The leg arrives before it leaves.
invalid-date-in-past = Choose today or a later date.
invalid-invalid-capacity = Between 1 and 1,000 seats.
invalid-legs-required = Describe at least one leg of the movement.
invalid-amount-required = Give the amount of pocket money.
invalid-before-arrival = Assistance cannot come before the arrival.
invalid-not-on-arrival = This person is not on the arrival.
invalid-unknown-case = No case has this number.
invalid-unknown-point = Choose an active point in one of your countries.
invalid-mission-does-not-serve = This mission does not serve this host country for this country of return.
invalid-before-departure = The arrival cannot come before the departure.
invalid-ends-before-start = The period ends before it starts.
invalid-code-taken = Another point already has this code.
invalid-not-an-escort-officer = Choose an escort officer of your organisation.
invalid-not-in-pool = This person is not in the monitor pool.
invalid-unknown-mission = No such consular mission.
invalid-invalid-amount = This is not an amount.
invalid-amount-not-positive = The amount must be greater than zero.
invalid-invalid-currency = Not a currency code Bayiri knows (e.g. XOF).
